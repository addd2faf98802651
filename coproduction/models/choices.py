"""Choices shared by several co-production forms and models."""

from django.db import models


class WhoYouAre(models.TextChoices):
    PARENT_CARER = "parent-carer", "Parent or carer"
    YOUNG_PERSON = "young-person", "Young person"
    PROFESSIONAL = "professional", "Professional"
    ORGANISATION = "organisation", "Organisation"
    OTHER = "other", "Other"
