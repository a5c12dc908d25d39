import torch

for dtype in (torch.float16, torch.bfloat16, torch.float32):
    fi = torch.finfo(dtype)  # largest value, gap above 1.0, smallest normal
    print(f"{dtype!s:15} max={fi.max:<11.6g} eps={fi.eps:<9.3g} tiny={fi.tiny:.3g}")
    #> torch.float16   max=65504       eps=0.000977  tiny=6.1e-05
    #> torch.bfloat16  max=3.38953e+38 eps=0.00781   tiny=1.18e-38
    #> torch.float32   max=3.40282e+38 eps=1.19e-07  tiny=1.18e-38

# float16: 65504 is the largest finite value. Conversion rounds to the nearest
# value: up to just below 65520 rounds down to 65504, from 65520 on it is inf.
print(torch.tensor([65504.0, 65519.0, 65520.0, 70000.0]).half())
#> tensor([65504., 65504.,    inf,    inf], dtype=torch.float16)
print(torch.tensor([300.0], dtype=torch.float16) ** 2)  # 90000: overflows
#> tensor([inf], dtype=torch.float16)
print(torch.tensor([1e-8]).half())  # and tiny values underflow to 0
#> tensor([0.], dtype=torch.float16)

# bfloat16 has almost float32's range, so these are fine...
print(torch.tensor([70000.0, 1e-8]).bfloat16())
#> tensor([7.0144e+04, 1.0012e-08], dtype=torch.bfloat16)
# (its largest value is a little below float32's: 3.4e38 fits float32 only)
print(torch.tensor([3.38e38, 3.4e38]).bfloat16())
#> tensor([3.3762e+38,        inf], dtype=torch.bfloat16)
# ...but only 8 significant bits: 257 becomes 256 and 1 + 0.001 is still 1.
print(torch.tensor([257.0, 1.001]).bfloat16())
#> tensor([256.,   1.], dtype=torch.bfloat16)
print(torch.tensor([257.0, 1.001]).half())  # float16 keeps 11 bits
#> tensor([257.0000,   1.0010], dtype=torch.float16)
