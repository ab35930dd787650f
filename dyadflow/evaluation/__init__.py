"""Accuracy of the coder on gold sets: readers (`gold`), pure scoring (`scoring`), the
CAMEO->PLOVER mapping for the PLOVER GSR (`plover`), the run (`runner`) and its report
(`report`). The scoring rules are stated in `dyadflow.evaluation.scoring` and
docs/evaluation.md."""
