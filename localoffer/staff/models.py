"""The staff side keeps no tables of its own.

This module is here because Django sends `post_migrate` only to apps that have one, and the staff
app needs it: after every migrate it brings the roles' groups in step (see roles.py).
"""
