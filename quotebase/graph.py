"""Who quoted whom, as a graph: Graphviz ``dot``, Mermaid flowchart, or a self-drawn SVG.

The input is a list of chains, one per quote, each the names of its hops from the speaker to
the document's own voice (``[link.name for link in view.chain]`` for a stored ``QuoteView``).
Each name is a node; each adjacent pair of a chain (speaker -> relay -> writer -> document) is
an edge, counted over all chains. Filtering (by speaker, by document) is the caller's.

The SVG needs no Graphviz binary: nodes are boxes in columns by their distance from the
documents (speakers on the left, documents on the right), edges are curves labelled with their
counts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from xml.etree import ElementTree as ET


@dataclass(frozen=True)
class Node:
    """A person, group or publication, with its column (0 = leftmost) and quote count."""

    name: str
    column: int
    quotes: int  # how many chains name it


@dataclass(frozen=True)
class Edge:
    """``source`` passed words on to ``target`` (``source`` was quoted by ``target``)."""

    source: str
    target: str
    count: int


@dataclass(frozen=True)
class Graph:
    """Nodes in column order, then first appearance; edges in first appearance order."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def node(self, name: str) -> Node:
        """The node named ``name``.

        Raises:
            KeyError: no node has that name.
        """
        for node in self.nodes:
            if node.name == name:
                return node
        raise KeyError(name)

    def count(self, source: str, target: str) -> int:
        """How many quotes passed from ``source`` to ``target`` (0 when none)."""
        return next((e.count for e in self.edges if (e.source, e.target) == (source, target)), 0)


class GraphFormat(str, Enum):
    """The output formats of :func:`render`."""

    dot = "dot"
    mermaid = "mermaid"
    svg = "svg"


# Characters no XML document may hold (controls other than tab and newline, surrogates), and
# runs of whitespace: a name is drawn on one line.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")


def clean_name(name: str) -> str:
    """A name as drawn: one line, no control characters, no outer spaces."""
    return _SPACES.sub(" ", _UNPRINTABLE.sub("", name)).strip()


def build_graph(chains: Iterable[Sequence[str]]) -> Graph:
    """Count who passed quotes to whom.

    Args:
        chains: One chain per quote, speaker first, document voice last. Blank names are
            skipped, and a name repeated next to itself (an author quoting their own earlier
            words) is one hop, so that no edge loops on its node.

    Returns:
        The graph, with every node placed in a column: the longest path from it to a
        document decides how far left it stands.
    """
    edge_counts: dict[tuple[str, str], int] = {}
    quotes: dict[str, int] = {}
    for chain in chains:
        names: list[str] = []
        for raw in chain:
            name = clean_name(raw)
            if name and (not names or names[-1] != name):
                names.append(name)
        for name in set(names):
            quotes[name] = quotes.get(name, 0) + 1
        for pair in zip(names, names[1:], strict=False):
            edge_counts[pair] = edge_counts.get(pair, 0) + 1
    order = {name: i for i, name in enumerate(quotes)}
    levels = _levels(list(quotes), list(edge_counts))
    top = max(levels.values(), default=0)
    nodes = sorted(
        (Node(name, top - levels[name], count) for name, count in quotes.items()),
        key=lambda node: (node.column, order[node.name]),
    )
    edges = tuple(Edge(s, t, n) for (s, t), n in edge_counts.items())
    return Graph(tuple(nodes), edges)


def _levels(names: list[str], edges: list[tuple[str, str]]) -> dict[str, int]:
    """Longest path from each node to a node with no way on, ignoring the edges that close a
    cycle (A quoted B in one article, B quoted A in another)."""
    successors: dict[str, list[str]] = {name: [] for name in names}
    for source, target in edges:
        successors[source].append(target)
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    level: dict[str, int] = {}
    for root in names:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(successors[root]))]
        while stack:
            name, pending = stack[-1]
            child = next(pending, None)
            if child is None:
                # every successor not on the path is done: its level is final
                done = [level[s] for s in successors[name] if state.get(s) == 2 and s in level]
                level[name] = 1 + max(done) if done else 0
                state[name] = 2
                stack.pop()
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(successors[child])))
    return level


# ---------------------------------------------------------------------------------------------
# dot


def _dot_string(text: str) -> str:
    # in a quoted DOT string a backslash starts an escape (\n, \l, \N): double it
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_dot(graph: Graph) -> str:
    """The graph as Graphviz ``dot`` text (UTF-8 labels; ids are ``n0``, ``n1``, ...)."""
    ids = {node.name: f"n{i}" for i, node in enumerate(graph.nodes)}
    lines = [
        "digraph quotes {",
        "  rankdir=LR;",
        '  node [shape=box, style=rounded, fontname="sans-serif"];',
        '  edge [fontname="sans-serif"];',
    ]
    lines += [f"  {ids[node.name]} [label={_dot_string(node.name)}];" for node in graph.nodes]
    lines += [
        f'  {ids[e.source]} -> {ids[e.target]} [label="{e.count}", weight={e.count}];'
        for e in graph.edges
    ]
    return "\n".join([*lines, "}"]) + "\n"


# ---------------------------------------------------------------------------------------------
# Mermaid

# Mermaid reads "#name;" and "#123;" as entities in labels, and labels may be HTML.
_MERMAID_ENTITIES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;"}


def _mermaid_label(text: str) -> str:
    return '"' + "".join(_MERMAID_ENTITIES.get(c, c) for c in text) + '"'


def to_mermaid(graph: Graph) -> str:
    """The graph as a Mermaid flowchart, left to right (ids are ``n0``, ``n1``, ...)."""
    ids = {node.name: f"n{i}" for i, node in enumerate(graph.nodes)}
    lines = ["flowchart LR"]
    lines += [f"  {ids[node.name]}[{_mermaid_label(node.name)}]" for node in graph.nodes]
    lines += [f"  {ids[e.source]} -->|{e.count}| {ids[e.target]}" for e in graph.edges]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# SVG

FONT_SIZE = 12
CHAR_WIDTH = 7.2  # average advance of a sans-serif character at FONT_SIZE
BOX_HEIGHT = 28
PADDING = 10  # inside a box, left and right of its label
GAP_X = 90  # between columns: room for the edges and their counts
GAP_Y = 18
MARGIN = 20
MAX_LABEL = 40  # longer names are cut with an ellipsis in the box (the tooltip has them whole)


def _label_width(text: str) -> float:
    # wide (CJK) characters take about two columns
    wide = sum(1 for c in text if unicodedata.east_asian_width(c) in ("W", "F"))
    return (len(text) + wide) * CHAR_WIDTH


def _short(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[: MAX_LABEL - 1] + "…"


def to_svg(graph: Graph) -> str:
    """The graph drawn as an SVG document: boxes in columns, curved edges with counts.

    Columns run left to right from speakers to documents; within a column a node stands near
    the nodes that feed it (their mean row), to keep crossings few. Edge width grows with the
    count; an edge that runs backwards (a cycle) loops below the boxes.
    """
    columns: dict[int, list[Node]] = {}
    for node in graph.nodes:
        columns.setdefault(node.column, []).append(node)
    row_of: dict[str, float] = {}
    feeders: dict[str, list[str]] = {}
    for edge in graph.edges:
        feeders.setdefault(edge.target, []).append(edge.source)
    for column in sorted(columns):

        def barycentre(node: Node) -> float:
            rows = [row_of[s] for s in feeders.get(node.name, []) if s in row_of]
            return sum(rows) / len(rows) if rows else float("inf")

        columns[column].sort(key=lambda n: (barycentre(n), -n.quotes))
        for row, node in enumerate(columns[column]):
            row_of[node.name] = row

    widths = {n.name: _label_width(_short(n.name)) + 2 * PADDING for n in graph.nodes}
    x_of: dict[int, float] = {}
    x = float(MARGIN)
    for column in sorted(columns):
        x_of[column] = x
        x += max(widths[n.name] for n in columns[column]) + GAP_X
    rows = max((len(c) for c in columns.values()), default=0)
    width = max(x - GAP_X + MARGIN, 2 * MARGIN + 160)
    height = 2 * MARGIN + max(rows, 1) * (BOX_HEIGHT + GAP_Y) + 2 * GAP_Y

    column_of = {node.name: node.column for node in graph.nodes}

    def box(name: str) -> tuple[float, float, float]:
        return x_of[column_of[name]], MARGIN + row_of[name] * (BOX_HEIGHT + GAP_Y), widths[name]

    svg = ET.Element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "width": _num(width),
            "height": _num(height),
            "viewBox": f"0 0 {_num(width)} {_num(height)}",
            "font-family": "sans-serif",
            "font-size": str(FONT_SIZE),
        },
    )
    ET.SubElement(svg, "title").text = "Who quoted whom"
    marker = ET.SubElement(
        ET.SubElement(svg, "defs"),
        "marker",
        {
            "id": "arrow",
            "viewBox": "0 0 10 10",
            "refX": "10",
            "refY": "5",
            "markerWidth": "7",
            "markerHeight": "7",
            "orient": "auto-start-reverse",
        },
    )
    ET.SubElement(marker, "path", {"d": "M0,0 L10,5 L0,10 z", "fill": "#555"})
    if not graph.nodes:
        _text(svg, MARGIN, MARGIN + FONT_SIZE, "no quotes", anchor="start")

    heaviest = max((e.count for e in graph.edges), default=1)
    edges = ET.SubElement(svg, "g", {"class": "edges", "fill": "none", "stroke": "#555"})
    labels: list[tuple[float, float, str]] = []
    for edge in graph.edges:
        (sx, sy, sw), (tx, ty, tw) = box(edge.source), box(edge.target)
        sy, ty = sy + BOX_HEIGHT / 2, ty + BOX_HEIGHT / 2
        if tx > sx:
            # forward: right side of the source to the left side of the target
            p0, p3 = (sx + sw, sy), (tx, ty)
            bend = (p3[0] - p0[0]) / 2
            p1, p2 = (p0[0] + bend, p0[1]), (p3[0] - bend, p3[1])
        else:
            # backwards or within a column: out of the bottom of one box, into the other's
            p0 = (sx + sw / 2, sy + BOX_HEIGHT / 2)
            p3 = (tx + tw / 2, ty + BOX_HEIGHT / 2)
            drop = BOX_HEIGHT + GAP_Y
            p1, p2 = (p0[0], p0[1] + drop), (p3[0], p3[1] + drop)
        path = ET.SubElement(
            edges,
            "path",
            {
                "d": "M{} {} C{} {}, {} {}, {} {}".format(*map(_num, (*p0, *p1, *p2, *p3))),
                "stroke-width": _num(1 + 3 * edge.count / heaviest),
                "marker-end": "url(#arrow)",
            },
        )
        ET.SubElement(path, "title").text = f"{edge.source} → {edge.target}: {edge.count}"
        # the middle of a cubic Bézier curve: (P0 + 3 P1 + 3 P2 + P3) / 8
        mx = (p0[0] + 3 * p1[0] + 3 * p2[0] + p3[0]) / 8
        my = (p0[1] + 3 * p1[1] + 3 * p2[1] + p3[1]) / 8
        labels.append((mx, my - 4, str(edge.count)))

    boxes = ET.SubElement(svg, "g", {"class": "nodes"})
    for node in graph.nodes:
        bx, by, bw = box(node.name)
        group = ET.SubElement(boxes, "g")
        ET.SubElement(group, "title").text = f"{node.name}: {node.quotes} quotes"
        ET.SubElement(
            group,
            "rect",
            {
                "x": _num(bx),
                "y": _num(by),
                "width": _num(bw),
                "height": str(BOX_HEIGHT),
                "rx": "6",
                "fill": "#eef3fb",
                "stroke": "#4a6fa5",
            },
        )
        _text(group, bx + bw / 2, by + BOX_HEIGHT / 2 + FONT_SIZE / 3, _short(node.name))
    counts = ET.SubElement(
        svg,
        "g",
        {"class": "counts", "fill": "#222", "stroke": "white", "stroke-width": "3"},
    )
    for lx, ly, count in labels:
        _text(counts, lx, ly, count).set("paint-order", "stroke")
    return ET.tostring(svg, encoding="unicode", xml_declaration=False) + "\n"


def _text(parent: ET.Element, x: float, y: float, text: str, anchor: str = "middle") -> ET.Element:
    element = ET.SubElement(parent, "text", {"x": _num(x), "y": _num(y), "text-anchor": anchor})
    element.text = text  # ElementTree escapes &, < and > in text and quotes in attributes
    return element


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


RENDERERS: dict[GraphFormat, Callable[[Graph], str]] = {
    GraphFormat.dot: to_dot,
    GraphFormat.mermaid: to_mermaid,
    GraphFormat.svg: to_svg,
}


def render(graph: Graph, fmt: GraphFormat | str) -> str:
    """The graph in one of the formats.

    Raises:
        ValueError: ``fmt`` is not ``dot``, ``mermaid`` or ``svg``.
    """
    return RENDERERS[GraphFormat(fmt)](graph)
