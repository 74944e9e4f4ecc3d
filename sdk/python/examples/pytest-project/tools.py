"""The example agent's tools (stand-ins for real ones)."""


def search(query: str, limit: int = 3) -> list:
    return [f"{query} result {i}" for i in range(limit)]


def read_file(path: str) -> str:
    return f"contents of {path}"


def shell_exec(command: str) -> str:
    raise PermissionError("shell is disabled in this example")
