"""The site's own content: information pages, the glossary and its inline markup, news and its feed."""
