import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(2, 2)
        self.register_buffer("mean", torch.zeros(2))  # persistent (the default)
        self.register_buffer("cache", torch.zeros(2), persistent=False)
        self.scale = torch.ones(2)  # a plain tensor attribute: not registered

    def get_extra_state(self):  # any picklable object, saved under _extra_state
        return {"version": 2}

    def set_extra_state(self, state):
        self.version = state["version"]


torch.manual_seed(0)
model = Net()
print([name for name, _ in model.named_buffers()])
#> ['mean', 'cache']
state = model.state_dict()
print(list(state))  # no "cache", no "scale"; "_extra_state" is neither
#> ['mean', '_extra_state', 'linear.weight', 'linear.bias']
print(type(state["_extra_state"]).__name__)  # and its value is not a tensor
#> dict
fresh = Net()
print(fresh.load_state_dict(state), fresh.version)
#> <All keys matched successfully> 2
