from sampler.diffusion import Denoiser, DiffusionSampler
