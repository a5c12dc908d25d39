import numpy as np
import torch
from torchvision import transforms
from torchvision.transforms import v2

array = np.array([[[0, 0, 0]] * 3, [[255, 255, 255]] * 3], dtype=np.uint8)

old = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))])
new = v2.Compose(
    [
        v2.ToImage(),  # HWC array / PIL -> CHW uint8 image tensor
        v2.ToDtype(torch.float32, scale=True),  # uint8 [0, 255] -> float [0, 1]
        v2.Normalize((0.5,), (0.5,)),
    ]
)
out = new(array)
print(type(out).__name__, out.shape, out.dtype)
#> Image torch.Size([3, 2, 3]) torch.float32
print(torch.allclose(out, old(array)))
#> True

# v2 transforms also take plain uint8 tensors (CHW), one image or a batch.
batch = torch.randint(0, 256, (4, 3, 8, 8), dtype=torch.uint8)
print(new(batch).shape)
#> torch.Size([4, 3, 8, 8])
