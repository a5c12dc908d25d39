import numpy as np
import torch
from PIL import Image
from torchvision import transforms

# A 2x3 RGB image as PIL and NumPy produce it: HWC, uint8 in [0, 255].
array = np.array([[[0, 0, 0]] * 3, [[255, 255, 255]] * 3], dtype=np.uint8)
image = Image.fromarray(array)
print(array.shape, array.dtype)
#> (2, 3, 3) uint8

tensor = transforms.ToTensor()(image)  # -> CHW, float32 in [0, 1]
print(tensor.shape, tensor.dtype, tensor.min().item(), tensor.max().item())
#> torch.Size([3, 2, 3]) torch.float32 0.0 1.0

transform = transforms.Compose(
    [
        transforms.ToTensor(),
        transforms.Normalize((0.5,), (0.5,)),  # (x - mean) / std: [0, 1] -> [-1, 1]
    ]
)
out = transform(array)  # NumPy HWC arrays work too
print(out.shape, out.min().item(), out.max().item())
#> torch.Size([3, 2, 3]) -1.0 1.0

# Only uint8 input is divided by 255: other dtypes keep their values (and dtype).
for dtype in (np.float32, np.int32):
    t = transforms.ToTensor()(np.full((2, 3, 3), 255, dtype=dtype))
    print(t.dtype, t.max().item())
    #> torch.float32 255.0
    #> torch.int32 255


def add_noise(x):  # any callable works as a transform
    return x + 0.1 * torch.randn_like(x)


torch.manual_seed(0)
noisy = transforms.Compose([transform, add_noise])(image)
print(noisy.shape, round(noisy[0, 0, 0].item(), 4))
#> torch.Size([3, 2, 3]) -1.1126
