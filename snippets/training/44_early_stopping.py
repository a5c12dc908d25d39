#: setup
# what the cells above made (hidden on the page and in the notebook)
import math

#: end setup


class EarlyStopping:
    """Stop when the validation loss has not improved for `patience` epochs."""

    def __init__(self, patience=3, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.bad_epochs = math.inf, 0

    def step(self, val_loss):  # once per epoch; True: a new best epoch
        if val_loss < self.best - self.min_delta:
            self.best, self.bad_epochs = val_loss, 0
            return True
        self.bad_epochs += 1
        return False

    @property
    def stop(self):
        return self.bad_epochs >= self.patience


stopper = EarlyStopping(patience=3)
losses = [0.50, 0.40, 0.35, 0.36, 0.34, 0.37, 0.38, 0.39, 0.30]
for epoch, val_loss in enumerate(losses, start=1):
    best = stopper.step(val_loss)
    print(epoch, val_loss, "best" if best else f"{stopper.bad_epochs} bad")
    #> 1 0.5 best
    #> 2 0.4 best
    #> 3 0.35 best
    #> 4 0.36 1 bad
    #> 5 0.34 best
    #> 6 0.37 1 bad
    #> 7 0.38 2 bad
    #> 8 0.39 3 bad
    if stopper.stop:
        break
print(f"stopped after epoch {epoch}; best loss {stopper.best}")  # 0.30 never seen
#> stopped after epoch 8; best loss 0.34
