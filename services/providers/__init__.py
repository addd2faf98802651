"""The provider area: people at organisations keep their own listings, and council editors approve.

`accounts.py` invites, signs in and removes providers; `listings.py` turns a listing into data and
back; `changes.py` holds providers' edits for approval; `views.py` and `forms.py` are the pages.
"""
