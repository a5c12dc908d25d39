import tempfile
from pathlib import Path

import torch
from PIL import Image
from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision.transforms import v2

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    # root/<class name>/<any file name>.png -- one folder per class.
    for name, color, n in [("dog", (200, 120, 40), 3), ("cat", (90, 90, 90), 2)]:
        (root / name).mkdir()
        for i in range(n):
            Image.new("RGB", (40, 30), color).save(root / name / f"{i}.png")

    transform = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
    dataset = datasets.ImageFolder(root, transform=transform)
    print(dataset.classes, dataset.class_to_idx)  # sorted folder names -> 0, 1, ...
    #> ['cat', 'dog'] {'cat': 0, 'dog': 1}
    print(len(dataset), dataset.targets)
    #> 5 [0, 0, 1, 1, 1]
    image, label = dataset[0]
    print(isinstance(image, torch.Tensor), image.shape, image.dtype, label)  # C, H, W
    #> True torch.Size([3, 30, 40]) torch.float32 0
    print(Path(dataset.samples[0][0]).relative_to(root), dataset.samples[0][1])
    #> cat/0.png 0

    pil, _ = datasets.ImageFolder(root)[0]  # without a transform: a PIL image
    print(isinstance(pil, Image.Image), pil.mode, pil.size)  # PIL size is (W, H)
    #> True RGB (40, 30)
    try:  # ... which the default collate function cannot batch
        next(iter(DataLoader(datasets.ImageFolder(root), batch_size=2)))
    except TypeError as err:
        print(f"{type(err).__name__}: {err}".replace("; ", ";\n"))
        """
        TypeError: default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists;
        found <class 'PIL.Image.Image'>
        """
