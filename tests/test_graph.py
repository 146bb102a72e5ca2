"""The who-quoted-whom graph: counts, layout columns, and escaping in dot, Mermaid and SVG."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

import pytest

from quotebase.graph import GraphFormat, build_graph, render, to_dot, to_mermaid, to_svg

SVG = "{http://www.w3.org/2000/svg}"

CHAINS = [
    ["Qasem Soleimani", "Ryan Crocker", "Dexter Filkins", "The Washington Post"],
    ["Ryan Crocker", "Dexter Filkins", "The Washington Post"],
    ["Ryan Crocker", "Dexter Filkins", "The Washington Post"],
    ["Ryan Crocker", "Iran Review"],
    ["Iran Review"],  # the document speaking in its own voice: a node, no edge
]
ODD = 'Ann "Ax" O\'Neil <CEO> & [co] #1 \\ 張偉'  # quotes, markup, a hash, a backslash


def test_edges_are_counted_over_all_chains() -> None:
    graph = build_graph(CHAINS)
    assert graph.count("Ryan Crocker", "Dexter Filkins") == 3
    assert graph.count("Dexter Filkins", "The Washington Post") == 3
    assert graph.count("Qasem Soleimani", "Ryan Crocker") == 1
    assert graph.count("Ryan Crocker", "Iran Review") == 1
    assert graph.count("The Washington Post", "Dexter Filkins") == 0
    assert len(graph.edges) == 4
    assert graph.node("Ryan Crocker").quotes == 4 and graph.node("Iran Review").quotes == 2


def test_speakers_stand_left_of_the_writers_and_documents_that_quote_them() -> None:
    graph = build_graph(CHAINS)
    columns = {node.name: node.column for node in graph.nodes}
    assert columns["Qasem Soleimani"] < columns["Ryan Crocker"] < columns["Dexter Filkins"]
    assert columns["Dexter Filkins"] < columns["The Washington Post"]
    assert [n.column for n in graph.nodes] == sorted(n.column for n in graph.nodes)


def test_blank_names_and_repeated_hops_make_no_nodes_or_loops() -> None:
    graph = build_graph([["Jo  March\n", "", "Jo March", "Little Women"], ["  "]])
    assert [n.name for n in graph.nodes] == ["Jo March", "Little Women"]
    assert [(e.source, e.target, e.count) for e in graph.edges] == [("Jo March", "Little Women", 1)]


def test_cycles_get_columns_and_are_drawn() -> None:
    graph = build_graph([["A", "B"], ["B", "A"], ["C", "A"]])
    assert {n.name for n in graph.nodes} == {"A", "B", "C"}
    assert graph.count("A", "B") == graph.count("B", "A") == 1
    root = ET.fromstring(to_svg(graph))
    assert len(root.findall(f".//{SVG}path[@marker-end]")) == 3


def test_dot_escapes_quotes_and_backslashes_and_keeps_unicode() -> None:
    dot = to_dot(build_graph([[ODD, "Die Zeit"], [ODD, "Die Zeit"]]))
    assert dot.startswith("digraph quotes {") and dot.rstrip().endswith("}")
    assert '  n0 [label="Ann \\"Ax\\" O\'Neil <CEO> & [co] #1 \\\\ 張偉"];' in dot
    assert '  n0 -> n1 [label="2", weight=2];' in dot
    # every quoted string is closed: an even number of unescaped double quotes per line
    for line in dot.splitlines():
        assert len(re.findall(r'(?<!\\)"', line.replace("\\\\", ""))) % 2 == 0


def test_mermaid_escapes_quotes_markup_and_hashes() -> None:
    text = to_mermaid(build_graph([[ODD, "Die Zeit"]]))
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    assert lines[1] == ('  n0["Ann #quot;Ax#quot; O\'Neil #lt;CEO#gt; #amp; [co] #35;1 \\ 張偉"]')
    assert lines[2] == '  n1["Die Zeit"]'
    assert lines[3] == "  n0 -->|1| n1"


def test_svg_is_valid_xml_with_a_box_per_node_and_a_count_per_edge() -> None:
    graph = build_graph([*CHAINS, [ODD, "Die\x01 Zeit"]])
    root = ET.fromstring(to_svg(graph))
    assert root.tag == f"{SVG}svg"
    assert len(root.findall(f".//{SVG}rect")) == len(graph.nodes) == 7
    names = [t.text for t in root.findall(f"./{SVG}g[@class='nodes']//{SVG}text")]
    assert ODD in names and "Die Zeit" in names  # markup and control characters are safe
    counts = [t.text for t in root.findall(f"./{SVG}g[@class='counts']/{SVG}text")]
    assert sorted(counts) == ["1", "1", "1", "3", "3"]
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert "Ryan Crocker → Dexter Filkins: 3" in titles


def test_svg_boxes_do_not_overlap_and_fit_the_canvas() -> None:
    root = ET.fromstring(to_svg(build_graph(CHAINS)))
    width, height = float(root.get("width", 0)), float(root.get("height", 0))
    boxes = [
        tuple(float(r.get(k, 0)) for k in ("x", "y", "width", "height"))
        for r in root.iter(f"{SVG}rect")
    ]
    for i, (x, y, w, h) in enumerate(boxes):
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height
        for x2, y2, w2, h2 in boxes[i + 1 :]:
            assert x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y


def test_long_names_are_shortened_in_the_box_but_whole_in_the_tooltip() -> None:
    long = "The Honourable Member for a Constituency with a Very Long Name"
    root = ET.fromstring(to_svg(build_graph([[long, "Hansard"]])))
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert any(t.endswith("…") and long.startswith(t[:-1]) for t in texts)
    assert f"{long}: 1 quotes" in [t.text for t in root.iter(f"{SVG}title")]


def test_empty_graph_renders_in_every_format() -> None:
    graph = build_graph([])
    assert graph.nodes == () and graph.edges == ()
    assert ET.fromstring(to_svg(graph)).find(f"{SVG}text") is not None
    assert to_mermaid(graph) == "flowchart LR\n"
    assert "->" not in to_dot(graph)


def test_render_picks_the_format_by_name() -> None:
    graph = build_graph(CHAINS)
    assert render(graph, "dot") == to_dot(graph)
    assert render(graph, GraphFormat.mermaid) == to_mermaid(graph)
    with pytest.raises(ValueError):
        render(graph, "png")
