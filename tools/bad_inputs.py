"""Write a folder of the bad inputs a newsroom archive holds, beside good articles.

Everything is generated (nothing binary is committed) and bounded: the gzip bomb inflates to a
few times ``max_bytes`` but is written in chunks, so making it costs no memory. ``write_bad_inputs``
returns, for each file, the reading error code expected (``None``: a good article, read)::

    python tools/bad_inputs.py out/bad --max-bytes 1000000
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
from pathlib import Path

__all__ = ["GOOD_TEXTS", "write_bad_inputs"]

GOOD_TEXTS = [
    "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday.",
    "Protesters rallied outside the French embassy in Ankara on Sunday.",
    "North Korea accused the United States of hostile policy on Monday.",
    "Japan pledged $10 million in aid to Sudan on Friday.",
    "Kenya and Ethiopia signed a border agreement in Nairobi on Wednesday.",
]


def _warc_record(url: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2021-03-01T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{len(url):08d}-0000-0000-0000-000000000000>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def write_bad_inputs(folder: Path, *, max_bytes: int = 1_000_000, seed: int = 0) -> dict[str, str | None]:
    """Write good and bad inputs into ``folder``; the expected error code of each file (None: good)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str | None] = {}

    def put(name: str, data: bytes, code: str | None) -> None:
        (folder / name).write_bytes(data)
        expected[name] = code

    for n, text in enumerate(GOOD_TEXTS):
        put(f"good{n}.txt", f"{text}\n\nOfficials said the talks would continue. Item {n}.".encode(), None)
    put("zero.txt", b"", "E106")
    put("blank.txt", b" \n\t\n", "E106")
    put("nul.txt", b"Talks in Oslo\x00\x00 ended \x00on Monday.", "E107")
    put("random.txt", bytes(rng.randrange(256) for _ in range(4096)), "E107")
    put("koi8.txt", "Переговоры в Москве завершились в понедельник без соглашения.".encode("koi8_r"), "E108")
    mixed = "Caf\u00e9 talks in Montr\u00e9al ended.\n".encode()
    mixed += "Na\u00efve na\u00efvet\u00e9 in Z\u00fcrich.\n".encode("cp1252")
    put("mixed.txt", mixed + b"Kenya and Ethiopia met in Nairobi on Friday.\n", None)  # read, with a warning
    put("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "E107")
    put("unknown.docx", b"PK\x03\x04 not an article", "E102")

    # a gzip bomb: inflates to 4 x max_bytes, written a chunk at a time
    bomb = io.BytesIO()
    with gzip.GzipFile(fileobj=bomb, mode="wb", compresslevel=9) as handle:
        chunk = b"\0" * (1 << 20)
        left = 4 * max_bytes
        while left > 0:
            handle.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)
    put("bomb.txt.gz", bomb.getvalue(), "E104")
    put("truncated.txt.gz", gzip.compress(GOOD_TEXTS[0].encode() * 50)[:-20], "E105")

    depth = 100_000
    put("nested.json", b"[" * depth + b"]" * depth, "E111")
    put("toobig.json", b'{"text": "' + b"a" * (max_bytes + 10) + b'"}', "E104")
    lines = [
        json.dumps({"id": "j1", "text": GOOD_TEXTS[1] + " From the feed."}),
        "[" * 100_000 + "]" * 100_000,  # nested too deeply for one line
        json.dumps({"id": "j2", "text": "x" * (max_bytes + 10)}),  # a line over the limit
        "not json at all",
        json.dumps(["a", "list"]),
        json.dumps({"id": "j3", "html": "<html><body><article><p>" + " ".join([GOOD_TEXTS[2]] * 4) + "</p></article>"}),
        json.dumps({"id": "j4", "text": GOOD_TEXTS[3] + " From the feed, again."}),
    ]
    put("feed.jsonl", ("\n".join(lines) + "\n").encode(), "E111,E104,E111,E112")  # and 2 good lines

    nested_html = "<html><body>" + "<i>" * 100_000 + GOOD_TEXTS[4] + "</i>" * 100_000 + "</body></html>"
    put("nested.html", nested_html.encode(), "E117")
    page = ("<html><head><title>Aid</title></head><body><article><p>" + " ".join([GOOD_TEXTS[3]] * 6) + "</p>"
            "</article></body></html>").encode()  # fmt: skip
    put("bad-header.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n" + page, "E116")
    put("garbage.warc", bytes(rng.randrange(256) for _ in range(2048)), "E116")
    put("good.warc", _warc_record("https://news.example/aid", page), None)
    return expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max-bytes", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for name, code in sorted(write_bad_inputs(args.folder, max_bytes=args.max_bytes, seed=args.seed).items()):
        print(f"{code or 'good':20} {name}")


if __name__ == "__main__":
    main()
