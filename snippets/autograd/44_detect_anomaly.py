import warnings

import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)

# Without anomaly mode a NaN gradient arrives silently.
(x.sqrt() * 0).sum().backward()  # d/dx sqrt(x) at 0 is inf, and inf * 0 = nan
print(x.grad)
#> tensor([nan, 0.])

# With it, the backward node that returns NaN raises, and a UserWarning carries
# the traceback of the forward line that created that node.
x.grad = None
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():  # or torch.autograd.set_detect_anomaly(True)
        y = x.sqrt()
        loss = (y * 0).sum()
        try:
            loss.backward()
        except RuntimeError as err:
            print(err)
            #> Function 'SqrtBackward0' returned nan values in its 0th output.

# Two warnings: anomaly mode is on (and slow); where the failing node came from.
messages = [str(w.message).splitlines() for w in caught]
print("\n".join(lines[0] for lines in messages))
"""
Anomaly Detection has been enabled. This mode will increase the runtime and should only be enabled for debugging.
Error detected in SqrtBackward0. Traceback of forward call that caused the error:
"""
print([line.strip() for line in messages[-1] if "sqrt" in line][-1])  # forward line
#> y = x.sqrt()
