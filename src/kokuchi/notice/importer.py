"""An existing notice (plain text, Markdown or HTML) → a revision file.

Vendors already publish their notices; ``kokuchi import`` turns one into the
format so that the editor starts from a revision instead of retyping it. The
source is read into *tagged lines* (a heading, a sub-heading, a paragraph
line, a bullet, a numbered item, a footnote, ...), each with its line in the
source: plain text by the conventions Japanese notices use (■ ◆ 【】 <> headings,
・ and - bullets, (1) ① [1] 手順1 1. items, (※1) notes), Markdown through
markdown-it-py, HTML through the standard library's parser (never regular
expressions over HTML). One mapper then builds the revision from the tagged
lines: title and status from the title line's tags, periods from date-time
lines (〜 ranges, 頃, region scopes), products, sections with their kinds,
lead, closing, next update.

It never invents content: every sentence of the source is kept, in order,
either in a mapped field (a title, a period, a product) or as text. Each
guess and each part left as plain text is one located note. Dates are read
as Japan time (+09:00) unless they carry an offset.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

from kokuchi.core.model import NEXT_UPDATE_ON_NEWS
from kokuchi.language.entities import find as find_entities
from kokuchi.notice import markup

JST = timezone(timedelta(hours=9))
MAX_SOURCE = 1_000_000  # characters; a notice is a few pages


@dataclass(frozen=True)
class Line:
    """One tagged line of the source."""

    number: int  # in the source file, from 1
    tag: str  # title, h, sub, p, cont, li, ol, fn, blank, dt
    text: str
    marker: str = ""  # ol: the item's mark as written ((1), ①, [1], 手順1, 1.); fn: ※1


@dataclass
class _Section:
    heading: str
    line: int
    blocks: list[tuple[str, str, str, int]] = field(default_factory=list)  # (kind, text, marker, line)
    notes: list[tuple[str, list[str], int]] = field(default_factory=list)  # (mark, paragraphs, line)


@dataclass
class Imported:
    """A revision as YAML text, and the notes of what was guessed or left as text."""

    yaml: str
    notes: list[tuple[int, str]]  # (source line, message)
    published: datetime | None = None


# ---------------------------------------------------------------- dates


_APPROXIMATE = re.compile(r"\s*(?:頃|ごろ)")


@dataclass(frozen=True)
class Moment:
    start: int
    end: int
    value: datetime
    approximate: bool
    has_date: bool
    has_time: bool


def _on(date: tuple[int, int, int], clock: tuple[int, int]) -> datetime | None:
    """The moment at *clock* on *date* in Japan time; 24時30分 is the next day's 0:30."""
    try:
        day = datetime(*date, tzinfo=JST)
    except ValueError:
        return None
    hour, minute = clock
    return day + timedelta(hours=hour, minutes=minute) if hour < 48 and minute < 60 else None


def moments(text: str, context: datetime | None = None) -> list[Moment]:
    """Every date and time in *text* (2026年3月4日(水) 9:10頃, 令和8年10月1日, 午後7時00分, 11:45頃,
    ２０２６年３月４日, 午後三時), in Japan time, as the language layer reads them (entities.find); a time
    alone takes the date before it, a date without a year (or a day alone) takes *context*'s."""
    found: list[Moment] = []
    last = context
    cursor = 0
    pending: tuple[int, int, tuple[int, int, int]] | None = None  # a date waiting for its time

    def add(
        start: int, end: int, date: tuple[int, int, int], clock: tuple[int, int] | None, written: bool = True
    ) -> None:
        nonlocal last
        value = _on(date, clock or (0, 0))
        if value is None:
            return
        approximate = _APPROXIMATE.match(text, end)
        if approximate:
            end = approximate.end()
        last = value
        found.append(Moment(start, end, value, bool(approximate), written, clock is not None))

    for entity in find_entities(text):
        at = text.find(entity.text, cursor)
        if at < 0:  # pragma: no cover - an entity is read from the text
            continue
        cursor = end = at + len(entity.text)
        if entity.kind == "time":
            if pending is not None and not text[pending[1] : at].strip():
                add(pending[0], end, pending[2], entity.value)
            elif pending is None and last is not None:
                add(at, end, (last.year, last.month, last.day), entity.value, written=False)
            pending = None
            continue
        if pending is not None:
            add(*pending, None)
            pending = None
        if entity.kind != "date":
            continue
        year, month, day = entity.value
        if day is None:
            continue  # 2026年, 6月: not a day
        if year is None or month is None:
            if last is None:
                continue  # 3/4 or 27日 with no date before: not a date we can place
            year, month = year or last.year, month or last.month
        pending = (at, end, (year, month, day))
    if pending is not None:
        add(*pending, None)
    return found


def _strip_moments(text: str, context: datetime | None) -> str:
    """*text* without its dates and times."""
    parts, last = [], 0
    for moment in moments(text, context):
        parts.append(text[last : moment.start])
        last = moment.end
    return "".join(parts) + text[last:]


_RANGE = re.compile(r"\s*[〜～~]\s*|\s+[-－—]\s+")
_ONGOING = ("継続中", "未定", "調査中", "現在")


@dataclass(frozen=True)
class PeriodGuess:
    scope: str | None
    start: datetime
    end: datetime | None
    approximate: bool
    mark: str | None = None  # a note's mark after the period: (※1)
    note: str | None = None
    status: str | None = None  # a state written after the period: (復旧済み), (順次回復中)
    dates_only: bool = False  # no times: from 0:00 of the first day to 23:59 of the last
    dated: bool = True  # its start names a date (13:40頃 〜 継続中 does not)

    @property
    def text_note(self) -> str | None:
        """The period's note: its written state, then the note bound to it."""
        parts = [part for part in (self.status, self.note) if part]
        return "：".join(parts) if parts else None


_PERIOD_STATES = ("復旧済み", "順次回復中", "予定")


def period_line(text: str, context: datetime | None = None) -> PeriodGuess | None:
    """A line that is one period: ``scope：START 〜 END``, ``START 〜 END(scope)``,
    ``START 〜 継続中``; None for any other line (a sentence is never taken as a period)."""
    scope = None
    body = text.strip().lstrip("・-－ ")
    mark = re.search(r"[(（](※[0-9]{1,3})[)）]\s*$", body)
    if mark:
        body = body[: mark.start()]
    head = re.match(r"^([^\d：:]{1,40}?)(?:[(（][^)）]*[)）])?[：:]\s*", body)
    if head and not moments(head.group(0)):
        scope = head.group(0).rstrip("：: ").strip()
        body = body[head.end() :]
    tail = re.search(r"[(（]([^()（）]+)[)）]\s*$", body)
    weekday = tail and re.fullmatch(r"[月火水木金土日](?:曜日?)?", tail.group(1))
    status = None
    if tail and not weekday and not moments(tail.group(1), context) and "※" not in tail.group(1):
        inner = tail.group(1)
        if inner in _PERIOD_STATES:
            status = inner  # kept as the period's note
        else:
            scope = f"{scope}({inner})" if scope else inner
        body = body[: tail.start()]
    parts = _RANGE.split(body, maxsplit=1)
    if len(parts) != 2:
        return None
    left = moments(parts[0], context)
    if len(left) != 1 or parts[0][: left[0].start].strip() or parts[0][left[0].end :].strip():
        return None
    right_text = parts[1].strip()
    timed = left[0].has_time
    if any(right_text.startswith(word) for word in _ONGOING):
        end = None
        right_approx = False
    else:
        right = moments(right_text, left[0].value)
        if len(right) != 1 or right_text[right[0].end :].strip():
            return None
        end, right_approx = right[0].value, right[0].approximate
        timed = timed or right[0].has_time
        if not timed:  # 12月29日(火)〜1月3日(日): through the end of the last day
            end = end.replace(hour=23, minute=59)
    return PeriodGuess(
        scope,
        left[0].value,
        end,
        left[0].approximate or right_approx,
        mark.group(1) if mark else None,
        status=status,
        dates_only=not timed,
        dated=left[0].has_date,
    )


# ---------------------------------------------------------------- reading the source

_SECTION_MARK = re.compile(r"^[■◆●□◇▼▽]\s*(.+)$")
_BRACKET_HEADING = re.compile(r"^【([^】]{1,40})】$")
_ANGLE_HEADING = re.compile(r"^[<＜〈]([^<>＜＞〈〉]{1,40})[>＞〉]$")
_BULLET = re.compile(r"^[ \u3000]*(?:[・･]|[-－]\s)\s*(.*)$")
# A numbered item: its mark, then a space or a colon (or the end of the line:
# the text follows on the next lines); ① needs neither. ``[2][3]については`` is text.
_ORDERED = re.compile(
    r"^[ \u3000]*(?:([①-⑳])[ \u3000：:]*|(\([0-9]{1,3}\)|（[0-9]{1,3}）|\[[0-9]{1,3}\]|手順[0-9]{1,3}|[0-9]{1,2}[.．])"
    r"(?:[ \u3000：:]+|$))(.*)$"
)
_FOOTNOTE = re.compile(r"^[ \u3000]*[(（]?(※[0-9]{1,3})[)）]?[ \u3000]*(.*)$")
_NUMBERED_HEADING = re.compile(r"^([0-9]{1,2})[ \u3000]+(\S.{0,30})$")
_TAGS = re.compile(r"^(?:\s*(?:\[[^\]]{1,12}\]|【[^】]{1,12}】))+")


def text_lines(text: str) -> list[Line]:
    """Plain text as vendors write it → tagged lines."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    section_marks = any(_SECTION_MARK.match(line) for line in raw)
    result: list[Line] = []
    for number, line in enumerate(raw, 1):
        stripped = line.strip(" \u3000\t")
        if not stripped:
            result.append(Line(number, "blank", ""))
        elif match := _SECTION_MARK.match(stripped):
            result.append(Line(number, "h", match.group(1).strip()))
        elif match := _BRACKET_HEADING.match(stripped):
            result.append(Line(number, "sub" if section_marks else "h", match.group(1)))
        elif match := _ANGLE_HEADING.match(stripped):
            result.append(Line(number, "sub", match.group(1)))
        elif (match := _FOOTNOTE.match(line)) and re.match(r"^[ \u3000]*[(（]※[0-9]", line):
            result.append(Line(number, "fn", match.group(2), match.group(1)))
        elif match := _ORDERED.match(line):
            result.append(Line(number, "ol", match.group(3).strip(), match.group(1) or match.group(2)))
        elif match := _BULLET.match(line):
            result.append(Line(number, "li", match.group(1).strip()))
        elif (match := _NUMBERED_HEADING.match(stripped)) and not section_marks and "。" not in stripped:
            result.append(Line(number, "h", match.group(2).strip(), match.group(1)))
        elif line[:1] in (" ", "\u3000", "\t"):
            result.append(Line(number, "cont", stripped))
        else:
            result.append(Line(number, "p", stripped))
    return result


def markdown_lines(text: str) -> list[Line]:
    """Markdown (markdown-it-py's tokens) → tagged lines."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"html": False}).parse(text)
    result: list[Line] = []
    heading: str | None = None
    lists: list[tuple[str, int]] = []  # (kind, next number)
    item_marker = ""
    in_item = False
    for token in tokens:
        line = token.map[0] + 1 if token.map else (result[-1].number if result else 1)
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = None
        elif token.type == "bullet_list_open":
            lists.append(("li", 0))
        elif token.type == "ordered_list_open":
            lists.append(("ol", int(token.attrs.get("start", 1) or 1)))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            result.append(Line(line, "blank", ""))
        elif token.type == "list_item_open":
            in_item = True
            kind, number = lists[-1]
            item_marker = f"{number}." if kind == "ol" else ""
            if kind == "ol":
                lists[-1] = (kind, number + 1)
        elif token.type == "list_item_close":
            in_item = False
        elif token.type == "inline":
            source_lines = text.split("\n")[token.map[0] : token.map[1]] if token.map else [token.content]
            content = token.content
            if heading == "h1":
                result.append(Line(line, "title", content))
            elif heading == "h2":
                result.append(Line(line, "h", content))
            elif heading:
                result.append(Line(line, "sub", content))
            elif in_item and lists:
                kind = lists[-1][0]
                result.append(Line(line, kind, markup.join_lines(content), item_marker))
                item_marker = ""
            else:
                for offset, part in enumerate(content.split("\n")):
                    result.append(Line(line + offset, "p", part.strip()))
                result.append(Line(line + len(source_lines), "blank", ""))
        elif token.type in ("paragraph_close",) and not in_item:
            continue
    return result


class _HtmlReader(HTMLParser):
    """The text of an HTML page as tagged lines: the article (or main, or body),
    without site chrome (header, nav, footer, script, style, forms)."""

    SKIP = frozenset({"header", "nav", "footer", "script", "style", "noscript", "form", "aside", "template"})
    BLOCKS = {
        "h1": "title",
        "h2": "h",
        "h3": "sub",
        "h4": "sub",
        "h5": "sub",
        "p": "p",
        "li": "li",
        "dt": "dt",
        "dd": "dd",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.skip = 0
        self.stack: list[str] = []
        self.lists: list[list] = []  # [kind, next number]
        self.current: list[str] | None = None
        self.tag = ""
        self.start = 1
        self.marker = ""
        self.href: str | None = None
        self.scope_depth: dict[str, int] = {"article": 0, "main": 0}

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("br", "hr", "img", "meta", "link", "input", "wbr"):
            if tag == "br" and self.current is not None:
                self.current.append("\n")
            return
        self.stack.append(tag)
        if tag in self.SKIP:
            self.skip += 1
            return
        if tag in self.scope_depth:
            self.scope_depth[tag] += 1
        if self.skip:
            return
        if tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag, 1])
        elif tag in self.BLOCKS:
            self._flush()
            self.current, self.start = [], self.getpos()[0]
            self.tag = self.BLOCKS[tag]
            if tag == "li" and self.lists and self.lists[-1][0] == "ol":
                self.tag, self.marker = "ol", f"{self.lists[-1][1]}."
                self.lists[-1][1] += 1
        elif tag == "a":
            self.href = dict(attrs).get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in self.SKIP:
                self.skip -= 1
            if open_tag in self.scope_depth:
                self.scope_depth[open_tag] -= 1
            if open_tag == tag:
                break
        if self.skip:
            return
        if tag in self.BLOCKS:
            self._flush()
        elif tag in ("ul", "ol") and self.lists:
            self._flush()
            self.lists.pop()
            self.lines.append(Line(self.getpos()[0], "blank", ""))
        elif tag == "a" and self.href and self.current is not None:
            text = "".join(self.current)
            if self.href.startswith(("http://", "https://")) and self.href not in text:
                self.current.append(f"({self.href})")
            self.href = None

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.current is None:
            if data.strip() and self.stack and self.stack[-1] in ("div", "section", "article", "main", "body"):
                self.lines.append(Line(self.getpos()[0], "p", " ".join(data.split())))
            return
        self.current.append(re.sub(r"[ \t\r\n]+", " ", data))

    def _flush(self) -> None:
        if self.current is None:
            return
        text = "".join(self.current)
        parts = [" ".join(part.split()) for part in text.split("\n")]
        parts = [part for part in parts if part]
        if parts and self.tag == "dd" and self.lines and self.lines[-1].tag == "dt":
            term = self.lines.pop()
            self.lines.append(Line(term.number, "p", f"{term.text}：{' '.join(parts)}"))
        elif parts:
            if self.tag == "dd":
                self.tag = "p"
            if self.tag in ("p", "dt"):
                for offset, part in enumerate(parts):
                    self.lines.append(Line(self.start + offset, self.tag, part))
                if self.tag == "p":
                    self.lines.append(Line(self.start, "blank", ""))
            else:
                self.lines.append(Line(self.start, self.tag, markup.join_lines("\n".join(parts)), self.marker))
        self.current, self.marker = None, ""


def html_lines(text: str) -> list[Line]:
    """HTML saved from a vendor's page → tagged lines (html.parser)."""
    reader = _HtmlReader()
    scoped = _article(text)
    reader.feed(scoped[0])
    reader.close()
    reader._flush()
    offset = scoped[1]
    return [Line(line.number + offset, line.tag, line.text, line.marker) for line in reader.lines]


def _article(text: str) -> tuple[str, int]:
    """The part of the page that is the notice: its <article>, else <main>, else all;
    and how many lines come before it. Found with the HTML parser."""

    class Finder(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.found: dict[str, tuple[int, int]] = {}
            self.depth: dict[str, int] = {}
            self.start: dict[str, tuple[int, int]] = {}

        def handle_starttag(self, tag, attrs):
            if tag in ("article", "main") and tag not in self.found:
                self.depth[tag] = self.depth.get(tag, 0) + 1
                if self.depth[tag] == 1:
                    self.start[tag] = self.getpos()

        def handle_endtag(self, tag):
            if tag in self.depth and tag not in self.found:
                self.depth[tag] -= 1
                if self.depth[tag] == 0:
                    self.found[tag] = (self.start[tag][0], self.getpos()[0])

    finder = Finder()
    finder.feed(text)
    finder.close()
    for tag in ("article", "main"):
        if tag in finder.found:
            first, last = finder.found[tag]
            lines = text.split("\n")
            return "\n".join(lines[first - 1 : last]), first - 1
    return text, 0


# ---------------------------------------------------------------- mapping

_KINDS = (
    ("affected", ("対象製品", "対象サービス", "対象となる", "休止するサービス", "対象機種")),
    ("workaround", ("暫定対策", "回避策", "回避方法", "ワークアラウンド")),
    ("alternative", ("代替",)),
    ("cause", ("原因",)),
    ("fix", ("恒久対策", "再発防止", "復旧対応", "対策", "修正", "変更内容")),
    ("request", ("お願い", "依頼", "ご確認いただきたい", "お客さまへ", "お客様へ")),
    ("contact", ("問い合わせ", "お問合せ", "窓口")),
    ("impact", ("障害内容", "事象", "影響", "内容", "概要", "状況", "対応", "便")),
    ("note", ("注意", "その他", "備考", "関連情報")),
)
_PERIOD_HEADING = re.compile(r"(?:日時|期間|期日|発生日|時間帯)(?:について)?$")
_NEXT_HEADINGS = ("次回更新", "次報")
_STATUS_TAGS = (
    ("monitoring", ("一部復旧", "回復中")),
    ("resolved", ("復旧済", "復旧", "解消", "最終報", "運転再開", "対応完了")),
    ("identified", ("原因特定",)),
    ("investigating", ("調査中", "発生中", "運転見合わせ", "欠航", "遅延", "障害発生")),
    ("completed", ("完了",)),
    ("in-progress", ("実施中", "作業中")),
    ("scheduled", ("予定", "予告", "メンテナンス")),
)
_DATE_WORDS = re.compile(r"[\s/／・：:]|掲載|更新|公開|発表|日時|時点|現在|発行")
_NEXT_LINE = re.compile(r"^(?:次回更新予定|次回更新|次報)(?:日時)?(?:は)?[：:\s]\s*(.+)$")
_URL_END = re.compile(r"https?://\S+$")
_NAMES_LINK = ("]", "】", "：", ":")
_LABEL = re.compile(r"^(?!https?:)[^\s。、]{1,20}[：:]")
_INCIDENT_WORDS = ("障害", "不具合", "つながりにくい", "ご利用しづらい", "運転", "欠航", "遅延")
_CLOSING = re.compile(r"お詫び申し上げ|申し訳ござ|ご理解.*(?:お願い|賜り)|ご容赦")
_SHORT = 80


def _kind(heading: str) -> str:
    for kind, words in _KINDS:
        if any(word in heading for word in words):
            return kind
    return "other"


def _status(tags: list[str]) -> str | None:
    joined = "".join(tags)
    for status, words in _STATUS_TAGS:
        if any(word in joined for word in words):
            return status
    return None


_ESCAPE_START = re.compile(r"^(?:[#>+=]|[-*](?=\s|$)|[0-9]{1,9}[.)](?=\s|$)|\((?=[0-9]{1,3}\))|\[(?=[0-9]{1,3}\]))")


def escape_markdown(text: str) -> str:
    """Plain text made literal in the body markup: inline marks escaped, and a
    start that would open a block (a list, a quote, a heading, a numbered item)."""
    text = re.sub(r"([\\`*])", r"\\\1", text)
    text = re.sub(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])", r"\\_", text)  # dsa_control stays as written
    text = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)  # an autolink or a tag; <設定 1> is text
    text = re.sub(r"\[([^\]]*)\]\(", r"[\1]\\(", text)
    if _ESCAPE_START.match(text):
        text = "\\" + text
    return text


def _scalar(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _block(text: str, indent: str) -> str:
    return "|\n" + "".join(f"{indent}{line}\n" if line else "\n" for line in text.rstrip("\n").split("\n"))


class _Mapper:
    def __init__(self, lines: list[Line], source: str) -> None:
        self.lines = lines
        self.source = source
        self.notes: list[tuple[int, str]] = []
        self.title = ""
        self.title_line = 1
        self.tags: list[str] = []
        self.lead: list[tuple[str, str, str, int]] = []
        self.sections: list[_Section] = []
        self.periods: list[tuple[PeriodGuess, int]] = []
        self.products: list[str] = []
        self.next_update: datetime | str | None = None
        self.published: tuple[datetime, int] | None = None
        self.context: datetime | None = None

    def note(self, line: int, message: str) -> None:
        self.notes.append((line, message))

    # -- the title and the lines before the first heading

    def find_title(self) -> int:
        """Index of the title line."""
        for index, line in enumerate(self.lines):
            if line.tag == "title":
                return index
        candidates = [i for i, line in enumerate(self.lines[:40]) if line.tag in ("p", "cont")]
        for index in candidates:
            text = self.lines[index].text
            if _TAGS.match(text) or re.search(r"(?:お知らせ|について|のご案内)[)）]?(?:[(（][^)）]*[)）])?$", text):
                return index
        for index, line in enumerate(self.lines):
            if line.tag not in ("blank",):
                return index
        return 0

    def run(self) -> None:
        lines = self.lines
        if not any(line.tag != "blank" for line in lines):
            raise ValueError("the file has no text")
        title_index = self.find_title()
        title_line = lines[title_index]
        tags = _TAGS.match(title_line.text)
        found_tags = re.findall(r"\[([^\]]+)\]|【([^】]+)】", tags.group(0)) if tags else []
        self.tags = [a or b for a, b in found_tags]
        self.title = title_line.text[tags.end() :].strip() if tags else title_line.text
        self.title_line = title_line.number
        if self.tags:
            self.note(
                title_line.number, f"title: the tags {''.join('[' + t + ']' for t in self.tags)} read as the status"
            )
        title_moments = moments(self.title)
        if title_moments:
            self.context = title_moments[0].value
        before: list[Line] = []
        for line in self.date_lines([line for line in lines[:title_index] if line.tag != "blank"]):
            self.note(line.number, "a line before the title: kept in the lead")
            before += [Line(line.number, "p", line.text), Line(line.number, "blank", "")]
        body = lines[title_index + 1 :]
        self.blocks_of(before, self.lead, None)
        current: _Section | None = None
        pending: list[Line] = []
        for line in body:
            if line.tag == "h":
                self.finish(current, pending)
                pending = []
                current = _Section(line.text, line.number)
                self.sections.append(current)
            else:
                pending.append(line)
        self.finish(current, pending)
        self.closing_from_end()

    def date_lines(self, lines: list[Line]) -> list[Line]:
        """*lines* without the first that only dates the notice (2026年9月10日 16:00,
        6:00 掲載 / 9:30 更新, 令和8年8月12日), which becomes ``published``."""
        kept: list[Line] = []
        for line in lines:
            found = moments(line.text, self.context) if line.tag in ("p", "cont", "dt") else []
            rest = _DATE_WORDS.sub("", _strip_moments(line.text, self.context)) if found else "x"
            if not rest and self.published is None and any(m.has_date for m in found):
                self.published = (found[-1].value, line.number)
                self.context = found[-1].value
                self.note(line.number, f"published: {found[-1].value.isoformat()} from this line (not kept as text)")
                continue
            kept.append(line)
        return kept

    def next_update_lines(self, lines: list[Line]) -> list[Line]:
        """*lines* without a ``次回更新予定：TIME`` line, which becomes ``next-update``."""
        kept: list[Line] = []
        for line in lines:
            match = _NEXT_LINE.match(line.text) if line.tag in ("p", "cont") else None
            value = match.group(1) if match else ""
            found = moments(value, self.context) if match else []
            if found and len(found) == 1 and not value[found[0].end :].strip():
                self.next_update = found[0].value
                self.note(line.number, f"next-update: {found[0].value.isoformat()} from this line (not kept as text)")
                continue
            kept.append(line)
        return kept

    def labelled_period(self, lines: list[Line]) -> list[Line]:
        """``…開始：TIME`` then ``…再開：TIME`` (or 終了, 復旧) lines, as a <dl> of times
        writes a period, become one; a ``…区間：`` or ``…地域：`` line is its scope."""
        labelled = [(line, _LABEL.match(line.text)) for line in lines if line.tag == "p"]
        starts = [(line, m) for line, m in labelled if m and "開始" in m.group() and moments(line.text, self.context)]
        ends = [(line, m) for line, m in labelled if m and re.search("再開|終了|復旧", m.group())]
        if len(starts) != 1 or len(ends) != 1:
            return lines
        start_line, end_line = starts[0][0], ends[0][0]
        start = moments(start_line.text, self.context)
        end = moments(end_line.text, start[0].value)
        if len(start) != 1 or len(end) != 1:
            return lines
        scope_labels = [(line, m) for line, m in labelled if m and re.search("区間|地域|エリア|範囲", m.group())]
        scope_lines = [line for line, _ in scope_labels]
        scope = scope_lines[0].text[scope_labels[0][1].end() :].strip() if scope_labels else None
        guess = PeriodGuess(scope, start[0].value, end[0].value, start[0].approximate or end[0].approximate)
        self.periods.append((guess, start_line.number))
        self.note(start_line.number, "period: its start from this line")
        self.note(end_line.number, "period: its end from this line")
        if scope_lines:
            self.note(scope_lines[0].number, "period: its scope from this line")
        used = {start_line.number, end_line.number, *(line.number for line in scope_lines[:1])}
        return [line for line in lines if line.number not in used or line.tag != "p"]

    def finish(self, section: _Section | None, lines: list[Line]) -> None:
        lines = self.next_update_lines(lines)
        if section is not None and not self.periods:
            lines = self.labelled_period(lines)
            if not any(line.tag != "blank" for line in lines):
                self.sections.remove(section)
                return
        if section is None:
            # between the title and the first heading: a date line, then the lead
            self.blocks_of(self.date_lines(lines), self.lead, None)
            return
        heading = section.heading
        if _PERIOD_HEADING.search(heading) and not any(w in heading for w in _NEXT_HEADINGS):
            self.note(section.line, "periods: this heading (shown as the built-in heading of the periods)")
            rest = self.take_periods(lines, section)
            if not rest:
                self.sections.remove(section)
                return
            lines = rest
        elif any(word in heading for word in _NEXT_HEADINGS):
            first = next((line for line in lines if line.tag != "blank"), None)
            found = moments(first.text, self.context) if first else []
            if first and len(found) == 1 and not re.sub(r"\s", "", _strip_moments(first.text, self.context)):
                self.next_update = found[0].value
                self.note(first.number, f"next-update: {found[0].value.isoformat()} from this section")
                lines = [line for line in lines if line is not first]
                if not any(line.tag != "blank" for line in lines):
                    self.sections.remove(section)
                    return
        elif (rest := self.status_bullets(lines, section)) is not lines:
            lines = rest
            if not any(line.tag != "blank" for line in lines):
                message = "periods: this heading (its lines are periods, shown under the built-in heading)"
                self.note(section.line, message)
                self.sections.remove(section)
                return
        elif _kind(heading) == "affected" and lines:
            texts = [line for line in lines if line.tag in ("p", "li")]
            others = [line for line in lines if line.tag not in ("p", "li", "blank")]
            products = [line for line in texts if len(line.text) <= _SHORT and not line.text.startswith("※")]
            if products and not others and all(line.text.startswith("※") or len(line.text) <= _SHORT for line in texts):
                for line in products:
                    if "。" in line.text:
                        break
                else:
                    self.products = [line.text for line in products]
                    for line in products:
                        self.note(line.number, "product: this line")
                    rest = [line for line in lines if line not in products]
                    if not any(line.tag != "blank" for line in rest):
                        self.note(section.line, "products: this heading (shown as the built-in heading of products)")
                        self.sections.remove(section)
                        return
                    lines = rest
        if any(word in heading for word in _NEXT_HEADINGS) or "次回更新予定" in heading:
            pass
        self.blocks_of(lines, section.blocks, section)

    def status_bullets(self, lines: list[Line], section: _Section) -> list[Line]:
        """Bullets outside a periods section that each state a region's period and its state
        (・東海地方：2026年9月10日 13:40頃 〜 15:20頃(復旧済み)) become periods with that state as their
        note; a period already read for the same region (関東地方 for 関東地方(東京都…)) takes the
        fuller scope and the note. The other lines; *lines* itself when there are none."""
        found: list[tuple[Line, PeriodGuess]] = []
        for line in lines:
            guess = period_line(line.text, self.context) if line.tag == "li" else None
            if guess is not None and guess.scope and (guess.status or guess.dated):
                found.append((line, guess))
        if not found:
            return lines
        for line, guess in found:
            scope = guess.scope or ""
            same = [i for i, (p, _) in enumerate(self.periods) if p.scope and scope.startswith(p.scope)]
            if same and self.periods[same[0]][0].start == guess.start:
                known, at = self.periods[same[0]]
                self.periods[same[0]] = (replace(guess, note=known.note or guess.note), at)
                where = f"the period on line {at}"
            else:
                self.periods.append((guess, line.number))
                where = "a period"
            state = f", its state {guess.status!r} as its note" if guess.status else ""
            message = f"period: {guess.scope}: this bullet of {section.heading!r} is {where}{state}{_dates(guess)}"
            self.note(line.number, message)
        return [line for line in lines if all(line is not taken for taken, _ in found)]

    def take_periods(self, lines: list[Line], section: _Section) -> list[Line]:
        rest: list[Line] = []
        for line in lines:
            if line.tag == "blank":
                continue
            guess = period_line(line.text, self.context)
            if guess is None and line.tag == "dt":
                rest.append(line)
                continue
            if guess is None:
                rest.append(line)
                continue
            self.periods.append((guess, line.number))
            self.context = guess.start
            scope = f"{guess.scope}: " if guess.scope else ""
            self.note(line.number, f"period: {scope}this line{_dates(guess)}")
        texts = [line for line in rest if line.tag in ("p", "li")]
        mine = [i for i, (_, line) in enumerate(self.periods) if line > section.line]
        if len(texts) == 1 and len(rest) == 1 and len(mine) == 1 and "\n" not in texts[0].text:
            only, at = self.periods[mine[0]]
            self.periods[mine[0]] = (replace(only, note=texts[0].text), at)
            self.note(texts[0].number, "period note: this line")
            return []
        if rest:
            self.note(rest[0].number, f"{section.heading}: {len(rest)} line(s) that are not periods kept as text")
        return rest

    def blocks_of(self, lines: list[Line], out: list, section: _Section | None) -> None:
        """Paragraphs, bullets, numbered items, sub-headings and notes of a run of lines."""
        paragraph: list[str] = []
        start = 0
        last: str | None = None  # the kind of the block being continued
        note: tuple[str, list[str], int] | None = None
        note_paragraph: list[str] = []

        def flush() -> None:
            nonlocal paragraph
            if paragraph:
                out.append(("p", markup.join_lines("\n".join(paragraph)), "", start))
                paragraph = []

        def flush_note() -> None:
            nonlocal note, note_paragraph
            if note is not None:
                if note_paragraph:
                    note[1].append(markup.join_lines("\n".join(note_paragraph)))
                if section is not None:
                    section.notes.append(note)
                else:
                    out.append(("p", f"({note[0]})" + "".join(note[1]), "", note[2]))
            note, note_paragraph = None, []

        for index, line in enumerate(lines):
            tag = line.tag
            if note is not None:
                if tag == "cont":
                    note_paragraph.append(line.text)
                    continue
                if tag == "blank":
                    following = next((x for x in lines[index + 1 :] if x.tag != "blank"), None)
                    if following is not None and following.tag == "cont" and note_paragraph:
                        note[1].append(markup.join_lines("\n".join(note_paragraph)))
                        note_paragraph = []
                    continue
                flush_note()
            if tag == "blank":
                flush()
                last = None
                continue
            if tag == "fn":
                flush()
                note = (line.marker, [], line.number)
                note_paragraph = [line.text] if line.text else []
                last = None
                continue
            if tag == "sub":
                flush()
                out.append(("heading", line.text, "", line.number))
                last = None
                continue
            if tag == "li":
                flush()
                out.append(("li", line.text, "", line.number))
                last = "li"
                continue
            if tag == "ol":
                flush()
                out.append(("ol", line.text, line.marker, line.number))
                last = "ol"
                continue
            if tag == "h":  # a numbered heading inside a lead: text
                tag = "p"
            # p, cont, dt, title
            if line.text.startswith("※") and tag != "cont":
                flush()
                last = None
            elif paragraph and (
                _URL_END.search(paragraph[-1])
                or _LABEL.match(line.text)
                # a web address on its own line, unless the line before names it ([FAQ:…], 詳細：)
                or (
                    line.text.startswith(("http://", "https://")) and not paragraph[-1].endswith(("]", "】", "：", ":"))
                )
            ):
                flush()
            if last in ("li", "ol") and (tag == "cont" or (last == "ol" and not out[-1][1])):
                kind, text, marker, at = out[-1]
                out[-1] = (kind, markup.join_lines(f"{text}\n{line.text}") if text else line.text, marker, at)
                continue
            if last == "ol" and tag == "p" and out and out[-1][0] == "ol" and not line.text.startswith("※"):
                kind, text, marker, at = out[-1]
                out[-1] = (kind, markup.join_lines(f"{text}\n{line.text}"), marker, at)
                continue
            if not paragraph:
                start = line.number
            paragraph.append(line.text)
            last = None
        flush()
        flush_note()

    def closing_from_end(self) -> None:
        """The last paragraphs of the notice, from the last apology on, are its closing."""
        if not self.sections:
            return
        blocks = self.sections[-1].blocks
        index = len(blocks)
        while index and blocks[index - 1][0] == "p":
            index -= 1
        tail = blocks[index:]
        apology = [i for i, block in enumerate(tail) if _CLOSING.search(block[1])]
        if not apology:
            return
        first = index + apology[-1]
        if first == 0:
            return  # the section would be empty
        self.closing = blocks[first:]
        del blocks[first:]
        self.note(self.closing[0][3], f"closing: the last {len(self.closing)} paragraph(s), from the apology on")

    closing: list = []

    # -- output

    def source_text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def status_and_type(self) -> tuple[str, str]:
        status = _status(self.tags)
        text = self.title + "".join(self.tags)
        if any(word in text for word in ("メンテナンス", "休止", "工事", "作業")):
            notice_type = "maintenance"
        elif re.search(r"CVE-\d{4}-\d+|脆弱性", text):
            notice_type = "advisory"
        elif any(
            word in text for word in ("障害", "不具合", "つながりにくい", "ご利用しづらい", "運転", "欠航", "遅延")
        ):
            notice_type = "incident"
        else:
            notice_type = "information"
        maintenance = ("scheduled", "in-progress", "completed")
        incident = ("investigating", "identified", "monitoring", "resolved")
        if notice_type == "maintenance" and status not in maintenance:
            guess = "completed" if status == "resolved" else "scheduled"
            self.note(
                self.title_line, f"status: {guess} (a maintenance notice{', tagged ' + status if status else ''})"
            )
            status = guess
        elif notice_type in ("incident", "advisory") and status not in incident:
            ended = bool(self.periods) and all(p.end for p, _ in self.periods)
            status = "resolved" if ended else "investigating"
            self.note(self.title_line, f"status: {status} (guessed from the periods; no status tag)")
        elif notice_type == "information":
            status = "informational"
            self.note(self.title_line, "type: information, status: informational (no incident or maintenance words)")
        if notice_type != "information":
            self.note(self.title_line, f"type: {notice_type}")
        assert status is not None, "every branch above settles the status"
        return notice_type, status

    def advisory(self) -> list[str]:
        """An advisory's CVE ids and CVSS v3.1 vector, as its machine-readable part (the text keeps them)."""
        cves: dict[str, int] = {}
        vectors: dict[str, int] = {}
        for line in self.lines:
            for cve in re.findall(r"CVE-[0-9]{4}-[0-9]{4,}", line.text):
                cves.setdefault(cve, line.number)
            for vector in re.findall(r"CVSS:3\.1/[A-Z]{1,3}:[A-Z](?:/[A-Z]{1,3}:[A-Z])*", line.text):
                vectors.setdefault(vector, line.number)
        if not cves and not vectors:
            return []
        out = ["advisory:", "  vulnerabilities:"]
        vector = next(iter(vectors)) if len(vectors) == 1 and len(cves) <= 1 else None
        for cve, at in cves.items():
            self.note(at, f"advisory: {cve} from this line")
            out.append(f"    - cve: {cve}")
            if vector:
                out.append(f"      cvss: {vector}")
        if vector:
            self.note(vectors[vector], "advisory: the CVSS v3.1 vector from this line")
            if not cves:
                out.append(f"    - cvss: {vector}")
        elif vectors:
            self.note(next(iter(vectors.values())), "advisory: CVSS vectors not tied to a CVE: left as text")
        return out

    def timed_text(self, blocks) -> None:
        """A note for each paragraph kept as text that names a date and a time: the importer does not
        guess updates, the editor may add one. A timeline entry (a line that starts with its time, then
        says what happened: (1) 9:50頃 通知遅延を検知) is named as a possible update, with its time."""
        for kind, text, _, line in blocks:
            if kind not in ("p", "li", "ol"):
                continue
            found = [m for m in moments(text, self.context) if m.has_time]
            if not found:
                continue
            first = found[0]
            said = text[first.end :].strip(" \u3000：:、")
            apart = text[first.end : first.end + 1] in (" ", "\u3000", "：", ":", "\t")  # 9:50頃 検知, not 8:30より
            if first.start == 0 and said and apart:
                approx = " (approx.)" if first.approximate else ""
                shown = said if len(said) <= 30 else said[:29] + "…"
                self.note(
                    line,
                    f"timeline: could be an update at {first.value.isoformat()}{approx}: “{shown}”; "
                    "kept as text: add it to updates by hand if it reports progress",
                )
                continue
            dated = [m for m in found if m.has_date or kind == "ol"]
            if dated:
                self.note(
                    line,
                    f"kept as text: it names {dated[0].value.isoformat()}; "
                    "if it reports progress, add it to updates by hand",
                )

    def body_text(self, blocks) -> str:
        parts: list[str] = []
        previous = ""
        for kind, text, marker, _ in blocks:
            text = escape_markdown(text)
            if kind == "li":
                line = f"- {text}"
            elif kind == "ol":
                line = f"{_body_marker(marker)} {text}"
            elif kind == "heading":
                line = f"### {text}"
            else:
                line = text
            joined = kind in ("li", "ol") and previous == kind
            parts.append(("\n" if joined else "\n\n") + line if parts else line)
            previous = kind if kind in ("li", "ol") else ""
        return "".join(parts) + "\n"

    def yaml(self, number: int) -> str:
        notice_type, status = self.status_and_type()
        published = self.published[0] if self.published else None
        if published is None:
            times = [
                m.value
                for line in self.lines
                if not re.search(r"予定|まで|以降|から", line.text)
                for m in moments(line.text, self.context)
                if m.has_date
            ]
            times += [p.end or p.start for p, _ in self.periods]
            published = max(times) if times else None
            if published is None:
                raise ValueError("no date in the notice: give the published time in the file by hand")
            self.note(
                self.title_line, f"published: {published.isoformat()} (guessed: the latest time the notice names)"
            )
        for section in self.sections:
            text = " ".join(b[1] for b in section.blocks) + section.heading
            for entry in list(section.notes):
                mark, paragraphs, line = entry
                if re.search(re.escape(mark) + r"(?![0-9])", text):
                    continue
                for index, (guess, at) in enumerate(self.periods):
                    if guess.mark == mark and not guess.note and paragraphs:
                        self.periods[index] = (replace(guess, note=" ".join(paragraphs)), at)
                        section.notes.remove(entry)
                        self.note(line, f"note {mark}: the note of the period on line {at}")
                        break
        out = [
            f"revision: {number}",
            f"published: {published.isoformat()}",
            f"type: {notice_type}",
            f"status: {status}",
            f"title: {_scalar(self.title)}",
        ]
        if self.products:
            out.append("products:")
            out += [f"  - {_scalar(product)}" for product in self.products]
        if self.periods:
            out.append("periods:")
            for guess, _ in self.periods:
                out.append(f"  - scope: {_scalar(guess.scope)}" if guess.scope else "  - scope: null")
                out.append(f"    start: {guess.start.isoformat()}")
                if guess.end:
                    out.append(f"    end: {guess.end.isoformat()}")
                if guess.approximate:
                    out.append("    approximate: true")
                if guess.text_note:
                    out.append(f"    note: {_scalar(guess.text_note)}")
        if self.lead:
            out.append("lead: " + _block(self.body_text(self.lead), "  ").rstrip("\n"))
        if self.next_update:
            value = self.next_update if isinstance(self.next_update, str) else self.next_update.isoformat()
            out.append(f"next-update: {value}")
        if self.sections:
            out.append("sections:")
            seen: dict[str, int] = {}
            for section in self.sections:
                kind = _kind(section.heading)
                seen[kind] = seen.get(kind, 0) + 1
                section_id = kind if seen[kind] == 1 else f"{kind}-{seen[kind]}"
                self.note(section.line, f"section {section_id}: kind {kind} from the heading {section.heading!r}")
                blocks = section.blocks
                text = " ".join(b[1] for b in blocks) + section.heading
                bound: list[tuple[str, list[str], int]] = []
                loose: list[tuple[str, list[str], int]] = []
                for mark, paragraphs, line in section.notes:
                    (bound if re.search(re.escape(mark) + r"(?![0-9])", text) else loose).append(
                        (mark, paragraphs, line)
                    )
                for mark, paragraphs, line in loose:
                    self.note(line, f"note {mark}: its mark is not in this section; kept as a paragraph")
                    blocks = [*blocks, ("p", f"({mark})" + (paragraphs[0] if paragraphs else ""), "", line)]
                    blocks += [("p", p, "", line) for p in paragraphs[1:]]
                if not blocks:
                    blocks = [("p", section.heading, "", section.line)]
                    self.note(
                        section.line, f"section {section_id}: no text under the heading; the heading kept as text"
                    )
                self.timed_text(blocks)
                state = None
                body = self.body_text(blocks)
                if re.search(r"不要となりました|不要になりました", body) and kind in ("workaround", "alternative"):
                    state = "unnecessary"
                    self.note(section.line, f"section {section_id}: state unnecessary (the text says so)")
                out.append(f"  - id: {section_id}")
                out.append(f"    kind: {kind}")
                out.append(f"    heading: {_scalar(section.heading)}")
                if state:
                    out.append(f"    state: {state}")
                out.append("    body: " + _block(body, "      ").rstrip("\n"))
                if bound:
                    out.append("    notes:")
                    for mark, paragraphs, line in bound:
                        self.note(line, f"note {mark}: bound to its mark in the section")
                        out.append(f"      - mark: {mark}")
                        text = "\n\n".join(escape_markdown(p) for p in paragraphs) + "\n"
                        out.append("        body: " + _block(text, "          ").rstrip("\n"))
        if self.closing:
            out.append("closing: " + _block(self.body_text(self.closing), "  ").rstrip("\n"))
        if notice_type == "advisory":
            out += self.advisory()
        self.published_value = published
        return "\n".join(out) + "\n"


def _dates(guess: PeriodGuess) -> str:
    return " (dates only: from 0:00 of the first day to 23:59 of the last)" if guess.dates_only else ""


def _body_marker(marker: str) -> str:
    """An item's mark as the body writes it: the five forms as they are, 1． as 1."""
    number = markup.marker_number(marker)
    if marker.endswith(("．", ".")):
        return f"{number}."
    if marker.startswith("（"):
        return f"({number})"
    return marker


def detect(name: str, text: str) -> str:
    """The source's format from its name, else its content: html, md or txt."""
    lower = name.lower()
    if lower.endswith((".html", ".htm")):
        return "html"
    if lower.endswith((".md", ".markdown")):
        return "md"
    if lower.endswith(".txt"):
        return "txt"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "txt"


def import_text(text: str, name: str, number: int = 1) -> Imported:
    """One source text → the YAML of revision *number*, with located notes."""
    if len(text) > MAX_SOURCE:
        raise ValueError(f"the file is larger than {MAX_SOURCE} characters")
    kind = detect(name, text)
    lines = html_lines(text) if kind == "html" else markdown_lines(text) if kind == "md" else text_lines(text)
    mapper = _Mapper(lines, text)
    mapper.closing = []
    mapper.run()
    yaml = mapper.yaml(number)
    notes = sorted(mapper.notes, key=lambda note: note[0])
    return Imported(yaml, notes, mapper.published_value)


__all__ = ["NEXT_UPDATE_ON_NEWS", "Imported", "Line", "import_text", "moments", "period_line"]
