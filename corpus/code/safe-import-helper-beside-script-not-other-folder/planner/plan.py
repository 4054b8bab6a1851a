"""Plan routes over a sampled road graph (no learning)."""
import sys

from common import sample_roads

if __name__ == "__main__":
    roads = sample_roads(int(sys.argv[1]), int(sys.argv[2]))
    print(len(roads))
