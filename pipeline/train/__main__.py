"""`python -m pipeline.train ...` and `torchrun ... -m pipeline.train ...`: same as `pipeline train`."""
from pipeline.train.cli import main

raise SystemExit(main())
