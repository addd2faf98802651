"""What every part of the site may use, naming no app: the email outbox, anti-spam, retention, middleware."""
