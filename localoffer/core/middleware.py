"""Request handling every page shares: form line endings."""

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def line_endings_normalise(text):
    """Text with every line ending as a plain newline (\\n), whatever the browser or system wrote."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class FormLineEndingsMiddleware:
    """Every text field of every posted form (admin and public alike) arrives with \\n line endings.

    Browsers send each line break typed in a text area as \\r\\n, while what is stored (and every
    record saved by other means) uses \\n, so an unchanged description looked changed: history
    recorded it, `updated` moved and the search index was rebuilt. Decoding line endings here, once,
    as the request arrives, means every form compares and saves the text the person typed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.content_type in FORM_TYPES:
            posted = request.POST
            if any("\r" in value for _, values in posted.lists() for value in values):
                normalised = posted.copy()
                for key, values in posted.lists():
                    normalised.setlist(key, [line_endings_normalise(value) for value in values])
                normalised._mutable = False
                request.POST = normalised
        return self.get_response(request)
