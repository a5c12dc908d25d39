import torch
from torchvision import tv_tensors
from torchvision.ops import masks_to_boxes
from torchvision.transforms import v2

image = tv_tensors.Image(torch.zeros(3, 8, 10, dtype=torch.uint8))  # H=8, W=10
boxes = tv_tensors.BoundingBoxes(
    [[1, 2, 4, 6]], format="XYXY", canvas_size=(8, 10)  # x1, y1, x2, y2
)
mask = tv_tensors.Mask(torch.zeros(8, 10, dtype=torch.uint8))
mask[2:6, 1:4] = 1  # the same object as a segmentation mask
sample = {"image": image, "boxes": boxes, "mask": mask, "label": 3}

out = v2.RandomHorizontalFlip(p=1.0)(sample)  # any nesting of tv_tensors works
print(out["boxes"].tolist(), out["label"])  # x -> W - x; plain values pass through
#> [[6, 2, 9, 6]] 3
print(out["mask"].nonzero()[:, 1].unique().tolist())  # mask columns moved too
#> [6, 7, 8]

torch.manual_seed(0)
out = v2.RandomResizedCrop((16, 20))(sample)  # ONE random crop for all three
print(out["image"].shape, out["mask"].shape, out["boxes"].canvas_size)
#> torch.Size([3, 16, 20]) torch.Size([16, 20]) (16, 20)
print(out["boxes"].tolist(), masks_to_boxes(out["mask"][None]).tolist())  # to a pixel
#> [[2, 0, 11, 10]] [[3.0, 0.0, 11.0, 10.0]]
