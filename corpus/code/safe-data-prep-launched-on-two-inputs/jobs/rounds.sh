#!/bin/bash
# turn two rounds of generated replies into pair files
python tools/pack_replies.py --round_dir rounds/r0 --shards 40 --out pairs/r0.json
python tools/pack_replies.py --round_dir rounds/r1 --shards 12 --out pairs/r1.json

# the two scorer heads on the first round's pairs
python tools/tune.py --pairs pairs/r0.json --head small
python tools/tune.py --pairs pairs/r0.json --head wide
