"""A view's options as flags of `python -m dashboard export`, read back as link parameters so
`view_links.parse` reads flags and links alike."""

from __future__ import annotations

import argparse

from dashboard.read.view_options import OPTIONS, Option


def _cli_help(option: Option) -> str:
    text = option.help
    if option.choices:
        text += "; one of: " + "; ".join(f"{k} = {v}" for k, v in option.choices.items())
        text += f" (default: {option.default})"
    return text.replace("%", "%%")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """A flag per option that changes an image: `--pair` (repeatable), `--indicator {…}`,
    `--log/--no-log`, `--years`, … (the table's years do not, so have none)."""
    for option in OPTIONS:
        if option.section == "table":
            continue
        flag = f"--{option.key}"
        if option.kind == "pairs":
            parser.add_argument(flag, action="append", metavar="PAIR", help=_cli_help(option))
        elif option.kind == "choice":
            parser.add_argument(flag, choices=list(option.choices), default=None, help=_cli_help(option))
        elif option.kind == "flag":
            parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=None,
                                help=f"{_cli_help(option)} (default: {'yes' if option.default else 'no'})")
        else:
            parser.add_argument(flag, default=None, metavar=option.kind.upper(), help=_cli_help(option))


def params_from_args(args: argparse.Namespace) -> dict[str, list[str]]:
    """The flags given on a command line, as URL parameters (so both are read by `parse`)."""
    params: dict[str, list[str]] = {}
    for option in OPTIONS:
        value = getattr(args, option.key.replace("-", "_"), None)  # argparse's name for --include-unchecked
        if value is None:
            continue
        if option.kind == "pairs":
            params[option.key] = list(value)
        elif option.kind == "flag":
            params[option.key] = ["true" if value else "false"]
        else:
            params[option.key] = [str(value)]
    return params
