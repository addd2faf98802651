"""The printed directory: booklets of a part of the directory made by the worker, and paper copies posted."""
