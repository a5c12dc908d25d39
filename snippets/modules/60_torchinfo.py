import torch
from torch import nn
from torchinfo import summary

torch.manual_seed(0)  # summary() feeds the model one random batch
model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(8 * 13 * 13, 10),
)
stats = summary(
    model,
    input_size=(1, 1, 28, 28),  # (batch, channels, height, width)
    col_names=("output_size", "num_params"),
    col_width=16,
    device="cpu",  # without it: the GPU when there is one (the model moves there)
    verbose=0,  # return the table, print nothing
)
print(stats)
"""
========================================================================
Layer (type:depth-idx)                   Output Shape     Param #
========================================================================
Sequential                               [1, 10]          --
├─Conv2d: 1-1                            [1, 8, 26, 26]   80
├─ReLU: 1-2                              [1, 8, 26, 26]   --
├─MaxPool2d: 1-3                         [1, 8, 13, 13]   --
├─Flatten: 1-4                           [1, 1352]        --
├─Linear: 1-5                            [1, 10]          13,530
========================================================================
Total params: 13,610
Trainable params: 13,610
Non-trainable params: 0
Total mult-adds (Units.MEGABYTES): 0.07
========================================================================
Input size (MB): 0.00
Forward/backward pass size (MB): 0.04
Params size (MB): 0.05
Estimated Total Size (MB): 0.10
========================================================================
"""
print(stats.total_params, stats.total_mult_adds)  # mult-adds: 0.07 million
#> 13610 67610
