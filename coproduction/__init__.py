"""Co-production and feedback: the pledge, panels, forums, feedback and "You said, we did"."""
