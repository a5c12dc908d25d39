import numpy as np
import torch
from PIL import Image
from torchvision.transforms import v2

rng = np.random.default_rng(0)
image = Image.fromarray(rng.integers(0, 256, (48, 64, 3), dtype=np.uint8))  # H=48

train_tf = v2.Compose(
    [
        v2.ToImage(),  # PIL / NumPy HWC -> uint8 image tensor (C, H, W)
        v2.RandomResizedCrop(32),  # random area and aspect, resized to 32 x 32
        v2.RandomHorizontalFlip(p=0.5),
        v2.ToDtype(torch.float32, scale=True),  # uint8 [0, 255] -> float [0, 1]
        v2.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
    ]
)
eval_tf = v2.Compose(
    [
        v2.ToImage(),
        v2.Resize(36),  # the short side -> 36, aspect kept
        v2.CenterCrop(32),  # deterministic: no random transform for evaluation
        v2.ToDtype(torch.float32, scale=True),
        v2.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
    ]
)
x = train_tf(image)
print(type(x).__name__, x.shape, x.dtype, eval_tf(image).shape)
#> Image torch.Size([3, 32, 32]) torch.float32 torch.Size([3, 32, 32])

# The random transforms draw from torch's global RNG: seed it to repeat a crop.
torch.manual_seed(0)
a = train_tf(image)
torch.manual_seed(0)
b = train_tf(image)
print(torch.equal(a, b), torch.equal(a, train_tf(image)))  # same seed, same crop
#> True False

# ToImage keeps the dtype: only uint8 input (PIL, uint8 arrays) gives a uint8 image.
print(v2.ToImage()(np.zeros((4, 4, 3), dtype=np.float32)).dtype)
#> torch.float32

try:  # Normalize needs floats: ToDtype(..., scale=True) comes first
    v2.Normalize(mean=[0.5] * 3, std=[0.5] * 3)(v2.ToImage()(image))
except TypeError as err:
    print("TypeError:", err)
    #> TypeError: Input tensor should be a float tensor. Got torch.uint8.
