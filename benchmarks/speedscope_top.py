#!/usr/bin/env python3
"""Top frames of a BenchmarkDotNet EventPipe profile (--profiler EP writes *.speedscope.json).

Usage: speedscope_top.py FILE.speedscope.json [--within METHOD] [--top N]

Prints self time (time with the frame deepest on the stack; the profiler's CPU_TIME/UNMANAGED_CODE_TIME leaves
are charged to the method above them) and inclusive time (time with the frame anywhere on the stack) per method,
as a share of the time spent inside METHOD, a regular expression (default: BenchmarkDotNet's workload loop, so
setup, warm-up bookkeeping and the runtime's own threads are left out). Standard library only.
"""
import argparse
import collections
import json
import re

PSEUDO_FRAMES = {"CPU_TIME", "UNMANAGED_CODE_TIME", "BLOCKED_TIME", "READYTORUN_TIME"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--within", default=r"WorkloadAction(No)?Unroll")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    with open(args.file, encoding="utf-8") as handle:
        document = json.load(handle)
    names = [frame["name"] for frame in document["shared"]["frames"]]
    within = re.compile(args.within)
    matches = [bool(within.search(name)) for name in names]
    pseudo = [name in PSEUDO_FRAMES for name in names]
    self_time = collections.Counter()
    inclusive = collections.Counter()
    total = 0.0
    for profile in document["profiles"]:
        if profile["type"] != "evented":
            continue
        stack = []
        last = profile["startValue"]
        for event in profile["events"]:
            at = event["at"]
            elapsed = at - last
            last = at
            start = next((i for i, frame in enumerate(stack) if matches[frame]), None)
            if start is not None and elapsed > 0:
                total += elapsed
                top = next(frame for frame in reversed(stack) if not pseudo[frame] or frame == stack[start])
                self_time[top] += elapsed
                for frame in set(stack[start:]):
                    if not pseudo[frame]:
                        inclusive[frame] += elapsed
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()

    if total == 0:
        raise SystemExit(f"no samples inside a frame containing {args.within!r}")
    print(f"{total:.0f} ms inside {args.within!r}")
    print("\nself time (top of stack)")
    for frame, ms in self_time.most_common(args.top):
        print(f"{100 * ms / total:6.1f} %  {short(names[frame])}")
    print("\ninclusive time")
    for frame, ms in inclusive.most_common(args.top):
        print(f"{100 * ms / total:6.1f} %  {short(names[frame])}")


def short(name, width=150):
    return name if len(name) <= width else name[: width - 1] + "…"


if __name__ == "__main__":
    main()
