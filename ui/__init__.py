"""Parallax's Qt window. Shows what ``core`` computed; never computes alignments or diffs itself."""
