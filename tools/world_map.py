"""Build the web page's world map from the npm package world-atlas (Natural Earth, public domain).

Run once when updating the vendored map (not at install or run time):

    npm install world-atlas@2.0.2 --prefix /tmp/wa && pip install pycountry
    python tools/world_map.py /tmp/wa/node_modules/world-atlas/countries-50m.json

It rewrites each country's id from ISO 3166-1 numeric ("862") to the alpha-3 code
the store uses ("VEN"); Kosovo, which has no numeric code, becomes XKX. Shapes
without a code (Somaliland, N. Cyprus, ...) keep no id and are drawn as land.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/realpolitik/web/static/vendor/world/countries-50m.json"
BY_NAME = {"Kosovo": "XKX"}


def main(source: str) -> None:
    import pycountry

    alpha3 = {c.numeric: c.alpha_3 for c in pycountry.countries}
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha3.get(geometry.get("id")) or BY_NAME.get(geometry["properties"].get("name", ""))
        if code:
            geometry["id"] = code
        else:
            geometry.pop("id", None)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(topology, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
