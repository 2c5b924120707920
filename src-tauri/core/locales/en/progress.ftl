### progress
