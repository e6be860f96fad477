"""quotes: find quotations in news text, attribute them, and compare outlets."""
