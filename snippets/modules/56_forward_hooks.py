import torch
from torch import nn
from torchvision.models import resnet18
from torchvision.models.feature_extraction import create_feature_extractor

torch.manual_seed(0)
model = resnet18(weights=None).eval()  # weights=None: random, nothing downloaded
x = torch.randn(2, 3, 64, 64)
features = {}


def save_output(name):
    def hook(module, inputs, output):  # runs after module.forward
        features[name] = output.detach()

    return hook


handle = model.layer3.register_forward_hook(save_output("layer3"))
with torch.no_grad():
    logits = model(x)
handle.remove()  # the hook runs on every call until you remove it
print(logits.shape, features["layer3"].shape)
#> torch.Size([2, 1000]) torch.Size([2, 256, 4, 4])

# torchvision traces the model and returns the outputs you name, in a dict.
nodes = {"layer3": "l3", "avgpool": "pool"}  # module name -> key in the result
extractor = create_feature_extractor(model, return_nodes=nodes)
with torch.no_grad():
    out = extractor(x)
print({name: tuple(t.shape) for name, t in out.items()})
#> {'l3': (2, 256, 4, 4), 'pool': (2, 512, 1, 1)}
print(torch.equal(out["l3"], features["layer3"]))
#> True

# In an nn.Sequential, a slice is the model up to that layer.
seq = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
print(seq[:2](torch.randn(3, 4)).shape)
#> torch.Size([3, 8])
