"""Expressions that start with ``\\b`` and a group of words, rewritten to match the same spans
faster.

Python's re finds where a match may start by a literal prefix or a set of first characters;
an expression that starts with ``\\b`` has neither, and every position of the text is tried.
``\\b(?:sa|her)\\s+x`` is rewritten ``(?:s(?<!\\w\\w)(?:a)|h(?<!\\w\\w)(?:er))\\s+x``: the first
characters make a set re skips to, and the lookbehind right after a word character is the
``\\b`` before it. Alternatives are grouped by their first character, so a position inside a
word fails after one lookbehind, not one per alternative. Leading groups are distributed
(``(?:north|west) african`` as ``north african|west african``), which keeps the order in
which alternatives are tried, hence the same matches. An expression this does not know how
to rewrite exactly is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BOUNDARY_BEHIND = r"(?<!\w\w)"  # after a word character: nothing of a word before it
_QUANTIFIERS = "?*+{"
# Named groups, backreferences and conditionals do not survive copying a group; a comment
# group's text is not parsed here.
_NOT_COPIED = re.compile(r"\(\?P|\(\?\(|\(\?#|\\[1-9]")


def fast_start(source: str) -> str:
    """``source`` rewritten to start with a set of first characters, or as it is."""
    rewritten = _rewritten(source)
    return source if rewritten is None else rewritten


def _rewritten(source: str) -> str | None:
    if _NOT_COPIED.search(source):
        return None
    branches = _alternatives(source)
    if len(branches) == 1 and source.startswith(r"\b(?:"):
        # One group of words, then the rest: the rest is not copied into each alternative.
        end = _group_end(source, 2)
        tail = source[end + 1 :]
        if not tail.startswith(tuple(_QUANTIFIERS)):
            heads = _word_starts(_alternatives(source[5:end]))
            return None if heads is None else f"(?:{_grouped(heads)}){tail}"
    if len(branches) == 1 and source.startswith(r"\b["):
        end = _class_end(source, 2)
        rest = source[end:]
        if _class_characters(source[3 : end - 1]) is not None and not rest.startswith(
            tuple(_QUANTIFIERS)
        ):
            return f"{source[2:end]}{_BOUNDARY_BEHIND}{rest}"
    if not all(branch.startswith(r"\b") for branch in branches):
        return None
    heads = _word_starts([branch[2:] for branch in branches])
    return None if heads is None else _grouped(heads)


def _word_starts(alternatives: list[str]) -> list[tuple[str, str]] | None:
    """Each alternative as (first character, the rest), a leading group or character class
    distributed, all first characters word characters; None if one cannot be."""
    heads: list[tuple[str, str]] = []
    for alternative in alternatives:
        expanded = _expanded(alternative)
        if expanded is None:
            return None
        heads.extend(expanded)
    return heads


def _expanded(alternative: str) -> list[tuple[str, str]] | None:
    first = alternative[:1]
    if _word_character(first):
        rest = alternative[1:]
        return None if rest.startswith(tuple(_QUANTIFIERS)) else [(first, rest)]
    if first == "[":
        end = _class_end(alternative, 0)
        rest = alternative[end:]
        characters = _class_characters(alternative[1 : end - 1])
        if characters is None or rest.startswith(tuple(_QUANTIFIERS)):
            return None
        return [(character, rest) for character in characters]
    if alternative.startswith("(?:"):
        end = _group_end(alternative, 0)
        inner, after = alternative[3:end], alternative[end + 1 :]
        choices = _alternatives(inner)
        if after.startswith("?") and not after.startswith(("??", "?+")):
            after = after[1:]
            choices.append("")  # (?:x)?y tries xy, then y
        elif after.startswith(tuple(_QUANTIFIERS)):
            return None
        return _word_starts([choice + after for choice in choices])
    return None


def _grouped(heads: list[tuple[str, str]]) -> str:
    """Alternatives grouped by first character, in their order within each group: two
    alternatives with different first characters never both match at one position."""
    groups: dict[str, list[str]] = {}
    for first, rest in heads:
        groups.setdefault(first, []).append(rest)
    return "|".join(
        f"{first}{_BOUNDARY_BEHIND}(?:{'|'.join(rests)})" for first, rests in groups.items()
    )


def _word_character(character: str) -> bool:
    return len(character) == 1 and character.isascii() and character.isalnum()


def _class_characters(body: str) -> list[str] | None:
    """The characters of a class of ASCII letters, digits and their ranges ("2-9")."""
    characters: list[str] = []
    index = 0
    while index < len(body):
        first = body[index]
        if not _word_character(first):
            return None
        if body[index + 1 : index + 2] == "-" and index + 2 < len(body):
            last = body[index + 2]
            if not _word_character(last):
                return None
            characters.extend(chr(code) for code in range(ord(first), ord(last) + 1))
            index += 3
        else:
            characters.append(first)
            index += 1
    if not all(_word_character(character) for character in characters):
        return None
    return list(dict.fromkeys(characters))


def _class_end(source: str, index: int) -> int:
    """The index after the class that opens at ``source[index]``."""
    end = index + 1
    if source[end : end + 1] == "^":
        end += 1
    if source[end : end + 1] == "]":
        end += 1
    while source[end] != "]":
        end += 2 if source[end] == "\\" else 1
    return end + 1


def _group_end(source: str, index: int) -> int:
    """The index of the parenthesis that closes the group opening at ``source[index]``."""
    depth = 0
    for at, character in _syntax(source, index):
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
            if depth == 0:
                return at
    raise ValueError(f"unbalanced group in {source!r}")


def _alternatives(source: str) -> list[str]:
    """``source`` split at its ``|`` outside groups and classes."""
    parts: list[str] = []
    depth = start = 0
    for at, character in _syntax(source, 0):
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
    parts.append(source[start:])
    return parts


def _syntax(source: str, index: int) -> Iterator[tuple[int, str]]:
    """Each character of ``source`` from ``index`` on, and where it stands, but those that an
    escape or a character class holds."""
    while index < len(source):
        character = source[index]
        if character == "\\":
            index += 2
        elif character == "[":
            index = _class_end(source, index)
        else:
            yield index, character
            index += 1
