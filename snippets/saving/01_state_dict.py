import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU())
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.encoder(x))


torch.manual_seed(0)
model = Net()
state = model.state_dict()
print(type(state).__name__)
#> OrderedDict
for name, tensor in state.items():  # dotted names follow the inner modules
    print(f"{name:30} {tuple(tensor.shape)}")
    #> encoder.0.weight               (8, 4)
    #> encoder.0.bias                 (8,)
    #> encoder.1.weight               (8,)
    #> encoder.1.bias                 (8,)
    #> encoder.1.running_mean         (8,)
    #> encoder.1.running_var          (8,)
    #> encoder.1.num_batches_tracked  ()
    #> head.weight                    (3, 8)
    #> head.bias                      (3,)

# Parameters and persistent buffers (BatchNorm's running statistics): 6 + 3.
print(len(list(model.parameters())), "parameters,", len(state), "entries")
#> 6 parameters, 9 entries
# The values are the model's own tensors, detached: no copy is made.
print(state["head.weight"].data_ptr() == model.head.weight.data_ptr())
#> True
print(state["head.weight"].requires_grad)
#> False
