import torch
import torchvision
from torchvision import datasets, models, transforms

# datasets: ready-made Dataset classes (MNIST, CIFAR10, ImageFolder, ...).
# FakeData makes random images, so this runs offline.
data = datasets.FakeData(
    size=8, image_size=(3, 32, 32), num_classes=10, transform=transforms.ToTensor()
)
image, label = data[0]
print(isinstance(data, torch.utils.data.Dataset), len(data), image.shape)
#> True 8 torch.Size([3, 32, 32])

# models: architectures plus pretrained weights (downloaded on first use).
model = models.resnet18(weights=None)  # weights=None: random init, no download
print(type(model).__name__, sum(p.numel() for p in model.parameters()))
#> ResNet 11689512
weights = models.ResNet18_Weights.DEFAULT  # metadata only, nothing downloaded yet
print(weights, weights.meta["categories"][:3])
#> ResNet18_Weights.IMAGENET1K_V1 ['tench', 'goldfish', 'great white shark']

# io: image decoding and encoding; video decoding moved to TorchCodec.
names = ("decode_image", "encode_png", "read_video", "VideoReader")
print({name: hasattr(torchvision.io, name) for name in names})
#> {'decode_image': True, 'encode_png': True, 'read_video': False, 'VideoReader': False}

# ops / utils: detection ops (nms, roi_align), make_grid ...
grid = torchvision.utils.make_grid(torch.zeros(8, 3, 32, 32), nrow=4)
print(grid.shape)
#> torch.Size([3, 70, 138])
