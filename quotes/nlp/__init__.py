"""The parse step: spaCy pipeline loading, the Docs it parses, and the mentions read from a parse."""
