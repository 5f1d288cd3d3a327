"""Articles from the web: one polite, guarded HTTP client (`client`), a page's text and
metadata by trafilatura (`page`), feeds read and filtered (`feeds`), and the commands that add
what they find to seeds/ (`intake`). See docs/web-intake.md."""
