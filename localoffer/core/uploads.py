"""Uploaded files on disk (MEDIA_ROOT), and what happens when that disk is full.

A write that fails because the disk is full, over its quota or mounted read-only leaves no part of
the file behind and raises `UploadDiskFull`, so that the admin can say so beside the field instead
of showing the server error page (localoffer/staff/uploads_admin.py).
"""

import contextlib
import errno
import os

from django.core.files.storage import FileSystemStorage

# A disk that cannot take the file now: full, over the account's quota, or mounted read-only.
DISK_FULL_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}
DISK_FULL_MESSAGE = (
    "The picture could not be saved because the server's disk for uploads is full. "
    "Nothing else was lost; try again later or tell the web team."
)


class UploadDiskFull(OSError):
    """The disk for uploaded files could not take a file; nothing of it was left on the disk."""


def disk_full(error):
    """Whether `error` says the disk itself cannot take the file (rather than, say, a missing folder)."""
    return isinstance(error, UploadDiskFull) or (isinstance(error, OSError) and error.errno in DISK_FULL_ERRORS)


class UploadStorage(FileSystemStorage):
    """Django's file storage in MEDIA_ROOT; a file the disk could not take is removed, not left half-written."""

    def _save(self, name, content):
        existed = os.path.lexists(self.path(name))
        try:
            return super()._save(name, content)
        except OSError as error:
            if not disk_full(error):
                raise
            if not existed:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(self.path(name))
            raise UploadDiskFull(error.errno, f"{os.strerror(error.errno)}: {name}") from error
