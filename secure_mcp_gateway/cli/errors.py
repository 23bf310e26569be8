"""The error every command raises for a failure the user can fix: printed as one line, exit code 1."""


class CliError(Exception):
    """A failure with a message that names the cause and, where there is one, the fix."""
