"""The SEND Local Offer: project settings and the pieces every page shares."""
