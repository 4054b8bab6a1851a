"""What seeds which RNG, and what draws from which: the catalogue every code rule shares.

RNG families: "random" (stdlib global), "numpy" (legacy global), "torch" (CPU global; `torch.manual_seed`
also seeds every CUDA device), "cuda", "tensorflow", "jax".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine reads this catalogue at start-up, before any run needs the facts model
    from .facts import Call, FileFacts

_ALL_TORCH = frozenset({"random", "numpy", "torch", "cuda"})

# callee → (families it seeds, position of the seed argument, keyword of the seed argument)
SEEDERS: dict[str, tuple[frozenset[str], int, str | None]] = {
    "random.seed": (frozenset({"random"}), 0, "a"),
    "numpy.random.seed": (frozenset({"numpy"}), 0, "seed"),
    "torch.manual_seed": (frozenset({"torch", "cuda"}), 0, "seed"),
    "torch.random.manual_seed": (frozenset({"torch", "cuda"}), 0, "seed"),
    "torch.cuda.manual_seed": (frozenset({"cuda"}), 0, "seed"),
    "torch.cuda.manual_seed_all": (frozenset({"cuda"}), 0, "seed"),
    "tensorflow.random.set_seed": (frozenset({"tensorflow"}), 0, "seed"),
    "tensorflow.set_random_seed": (frozenset({"tensorflow"}), 0, "seed"),
    "tensorflow.compat.v1.set_random_seed": (frozenset({"tensorflow"}), 0, "seed"),
    # TensorFlow 1.13-1.15 also spell the graph-level seeding under tf.random
    "tensorflow.random.set_random_seed": (frozenset({"tensorflow"}), 0, "seed"),
    "tensorflow.compat.v1.random.set_random_seed": (frozenset({"tensorflow"}), 0, "seed"),
    "tensorflow.keras.utils.set_random_seed": (frozenset({"random", "numpy", "tensorflow"}), 0, "seed"),
    "keras.utils.set_random_seed": (frozenset({"random", "numpy", "tensorflow"}), 0, "seed"),
    "transformers.set_seed": (frozenset({"random", "numpy", "torch", "cuda", "tensorflow"}), 0, "seed"),
    "transformers.trainer_utils.set_seed": (frozenset({"random", "numpy", "torch", "cuda", "tensorflow"}), 0, "seed"),
    "transformers.enable_full_determinism": (frozenset({"random", "numpy", "torch", "cuda", "tensorflow"}), 0, "seed"),
    "pytorch_lightning.seed_everything": (_ALL_TORCH, 0, "seed"),
    "pytorch_lightning.utilities.seed.seed_everything": (_ALL_TORCH, 0, "seed"),
    "lightning.seed_everything": (_ALL_TORCH, 0, "seed"),
    "lightning.pytorch.seed_everything": (_ALL_TORCH, 0, "seed"),
    "lightning.fabric.utilities.seed.seed_everything": (_ALL_TORCH, 0, "seed"),
    "lightning_fabric.utilities.seed.seed_everything": (_ALL_TORCH, 0, "seed"),
    "lightning.fabric.seed_everything": (_ALL_TORCH, 0, "seed"),
    "lightning_fabric.seed_everything": (_ALL_TORCH, 0, "seed"),
    "lightning.Fabric.seed_everything": (_ALL_TORCH, 0, "seed"),
    "lightning.fabric.Fabric.seed_everything": (_ALL_TORCH, 0, "seed"),
    "lightning_fabric.Fabric.seed_everything": (_ALL_TORCH, 0, "seed"),
    "accelerate.utils.random.set_seed": (_ALL_TORCH, 0, "seed"),
    "accelerate.utils.set_seed": (_ALL_TORCH, 0, "seed"),
    "mmcv.runner.set_random_seed": (_ALL_TORCH, 0, "seed"),
    "mmengine.runner.set_random_seed": (_ALL_TORCH, 0, "seed"),
    "detectron2.utils.env.seed_all_rng": (_ALL_TORCH, 0, "seed"),
    "timm.utils.random_seed": (_ALL_TORCH, 0, "seed"),
    "fairseq.utils.set_torch_seed": (frozenset({"torch", "cuda"}), 0, "seed"),
    "stable_baselines3.common.utils.set_random_seed": (_ALL_TORCH, 0, "seed"),
    "tensorflow.random.experimental.set_global_generator": (frozenset({"tensorflow"}), 0, None),
}

# settings objects of library trainers that seed every generator when the trainer is built (a Hugging Face
# `Trainer` calls `set_seed(args.seed)`; TRL's and SetFit's configs extend its `TrainingArguments`): built
# without `seed=`, the run is seeded with the class's own default, the same for every run
TRAINER_SETTINGS_CLASSES = ("TrainingArguments", *(f"{method}Config" for method in (
    "SFT", "DPO", "GRPO", "PPO", "KTO", "ORPO", "CPO", "RLOO", "Reward")))
_TRAINER_SETTINGS = re.compile(r"^(?:transformers|trl|setfit|sentence_transformers)\.(?:\w+\.)*"
                               rf"(?:\w*TrainingArguments|{'|'.join(TRAINER_SETTINGS_CLASSES[1:])})$")
TRAINER_SETTINGS_SEED = 42


def trainer_settings_default(call: Call) -> int | None:
    """The seed a library trainer's settings object holds when built without one (`TrainingArguments(
    output_dir="runs")` seeds its trainer with 42); None when the call is none, or passes or may pass a seed."""
    return TRAINER_SETTINGS_SEED if _TRAINER_SETTINGS.match(call.qualname) and unset(call, "seed") else None


# calls that build an RNG object of their own, seeded by their first argument
RNG_FACTORIES: dict[str, str] = {
    "numpy.random.RandomState": "numpy-object",
    "numpy.random.default_rng": "numpy-object",
    "numpy.random.Generator": "numpy-object",
    "numpy.random.SeedSequence": "numpy-object",
    "numpy.random.PCG64": "numpy-object",
    "random.Random": "random-object",
    "torch.Generator": "torch-object",
    "jax.random.PRNGKey": "jax",
    "jax.random.key": "jax",
    "tensorflow.random.Generator.from_seed": "tensorflow-object",
}

_NOT_DRAWS = {
    "random": {"seed", "getstate", "setstate", "Random", "SystemRandom"},
    "numpy.random": {"seed", "get_state", "set_state", "RandomState", "default_rng", "Generator", "SeedSequence",
                     "PCG64", "MT19937", "Philox", "SFC64", "BitGenerator"},
}
_TORCH_DRAWS = {
    "rand", "randn", "randint", "randperm", "normal", "bernoulli", "multinomial", "poisson", "rand_like", "randn_like",
    "randint_like",
}
_TORCH_RANDOM_MODULES = ("torch.nn.Dropout", "torch.nn.Dropout1d", "torch.nn.Dropout2d", "torch.nn.Dropout3d",
                         "torch.nn.AlphaDropout", "torch.nn.functional.dropout", "torch.nn.functional.dropout2d")


def dropout_layer(qualname: str) -> bool:
    """A dropout module (`nn.Dropout(0.1)`): it draws its masks when a training-mode forward pass runs, not when
    it is built."""
    return qualname in _TORCH_RANDOM_MODULES and ".functional." not in qualname


# seeding methods of objects, recognised by the name the object is kept under (`fabric`, `self.fabric`)
_RECEIVER_SEEDERS: dict[str, tuple[re.Pattern, tuple[frozenset[str], int, str | None]]] = {
    "seed_everything": (re.compile(r"fabric", re.IGNORECASE), (_ALL_TORCH, 0, "seed")),  # lightning Fabric
}


def seeder(qualname: str) -> tuple[frozenset[str], int, str | None] | None:
    """The families a call seeds, if it is a known seeding call: a library function, or a seeding
    method called on an object named for its class (`fabric.seed_everything(42)`)."""
    known = SEEDERS.get(qualname)
    if known is None and "." in qualname:
        receiver, _, method = qualname.rpartition(".")
        pattern, found = _RECEIVER_SEEDERS.get(method, (None, None))
        if pattern is not None and pattern.search(receiver.rpartition(".")[2]):
            return found
    return known


def draw_family(qualname: str) -> str | None:
    """The global RNG family a call draws from, if it draws from one."""
    module, _, func = qualname.rpartition(".")
    if module == "random":
        return None if func in _NOT_DRAWS["random"] else "random"
    if module == "numpy.random":
        return None if func in _NOT_DRAWS["numpy.random"] else "numpy"
    if module == "torch" and func in _TORCH_DRAWS:
        return "torch"
    if module == "torch.nn.init" and not func.startswith(("constant", "zeros", "ones", "eye", "dirac", "calculate")):
        return "torch"
    if qualname in _TORCH_RANDOM_MODULES or qualname == "torch.utils.data.random_split":
        return "torch"
    if module == "tensorflow.random" and func != "Generator" and not func.startswith(("set_", "get_")):
        return "tensorflow"  # set_seed, set_random_seed, get_global_generator: seeding and state, no draw
    return None


def advances_its_seed(call: Call, steps: dict[tuple[str, str], int]) -> bool:
    """A seeding from a field of some state that the same function then steps on (`torch.random.manual_seed(
    param.latestseed)`, then `param.latestseed += 1`), outside any loop of it: each call hands out the next seed of
    a stream, so that paired draws repeat each other (the two augmentations of a Siamese pair); a component's own
    reseeding, which seeds nothing for the program that calls it. `steps`: the file's `seed_steps`."""
    known = SEEDERS.get(call.qualname)
    arg = call.arg(known[1], known[2]) if known is not None else None
    if arg is None or arg.kind != "attr" or call.ctx.loops:
        return False
    return steps.get((call.ctx.func, arg.text), 0) > call.line


def seed_steps(facts: FileFacts) -> dict[tuple[str, str], int]:
    """(function, name) → the last line where the function steps that name on (`state.seed += 1`,
    `state.seed = state.seed + 1`): what `advances_its_seed` asks of every seeding call, indexed once per file."""
    steps: dict[tuple[str, str], int] = {}
    for a in facts.assigns:
        if len(a.targets) != 1:
            continue
        name = a.targets[0].text
        if a.op in ("+=", "-=") or a.op == "=" and a.value.text.startswith(name) \
                and re.match(r"\s*[-+]", a.value.text[len(name):]):
            key = (a.ctx.func, name)
            steps[key] = max(steps.get(key, 0), a.line)
    return steps


# torch modules whose constructor draws initial weights from the torch CPU generator
TORCH_INIT_LAYERS = frozenset(f"torch.nn.{name}" for name in (
    "Linear", "Bilinear", "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d",
    "Embedding", "EmbeddingBag", "RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell", "MultiheadAttention",
    "Transformer", "TransformerEncoderLayer", "TransformerDecoderLayer", "LazyLinear", "LazyConv2d", "PReLU"))

# Keras layers whose constructor draws initial weights (or masks): tf.keras draws from TensorFlow's RNG,
# standalone Keras 1/2 from numpy's global one
KERAS_RANDOM_LAYERS = frozenset(("Dense", "Conv1D", "Conv2D", "Conv3D", "Conv2DTranspose", "LSTM", "GRU", "SimpleRNN",
                                 "Embedding", "Dropout", "SeparableConv2D", "DepthwiseConv2D"))

# gym / gymnasium: an environment's reset draws from its own np_random, `action_space.sample()` from the
# space's own generator; neither is touched by random/numpy/torch seeding
GYM_MODULES = ("gym", "gymnasium", "gym_super_mario_bros", "procgen", "minigrid", "dm_control")
GYM_MAKERS = ("gym.make", "gymnasium.make", "gym.vector.make", "gymnasium.vector.make", "gymnasium.make_vec")
# environments are recognised by the name they are kept under (env, envs, train_env, self.eval_env)
ENV_NAME = re.compile(r"env", re.IGNORECASE)


# Stable-Baselines3 (and sb3-contrib) algorithms: built without `seed=`, the policy's initial weights and the
# actions it samples during training come from the torch global generator
SB3_PACKAGES = ("stable_baselines3", "sb3_contrib")
SB3_ALGORITHMS = frozenset(("A2C", "DDPG", "DQN", "PPO", "SAC", "TD3", "ARS", "CrossQ", "MaskablePPO", "QRDQN",
                            "RecurrentPPO", "TQC", "TRPO"))


def library_agent(qualname: str) -> bool:
    """Is the call the constructor of a Stable-Baselines3-style agent (`PPO(...)`, `sb3_contrib.TQC(...)`)?"""
    module, _, name = qualname.rpartition(".")
    return name in SB3_ALGORITHMS and module.split(".")[0] in SB3_PACKAGES


def unseeded_agent(call: Call) -> bool:
    """An agent built without `seed=` (`PPO("MlpPolicy", env)`): its initial weights and the actions it samples come
    from the torch global generator."""
    return library_agent(call.qualname) and "seed" not in call.kwargs and not call.star


def drawn_family(call: Call) -> str | None:
    """The global RNG family a call draws from: a draw, a layer's initial weights, or an agent built without `seed=`."""
    return draw_family(call.qualname) or layer_family(call.qualname) or ("torch" if unseeded_agent(call) else None)


def env_receiver(qualname: str, suffix: str) -> str | None:
    """The environment a method is called on (`train_env` for `train_env.action_space.seed`), if named like one."""
    if qualname.endswith(suffix):
        receiver = qualname[:-len(suffix)]
        if receiver and ENV_NAME.search(receiver.rpartition(".")[2]):
            return receiver
    return None


def layer_family(qualname: str) -> str | None:
    """The RNG family a model-building call draws its initial weights from (torch nn, Keras layers)."""
    if qualname in TORCH_INIT_LAYERS:
        return "torch"
    module, _, name = qualname.rpartition(".")
    if name in KERAS_RANDOM_LAYERS:
        if module in ("tensorflow.keras.layers", "tf.keras.layers", "tensorflow.python.keras.layers"):
            return "tensorflow"
        if module == "keras.layers":
            return "numpy"
    return None


# scikit-learn estimators whose fit always draws from their random_state (from numpy's global generator without one)
RANDOM_ESTIMATORS = {
    "RandomForestClassifier", "RandomForestRegressor", "ExtraTreesClassifier", "ExtraTreesRegressor",
    "RandomTreesEmbedding", "IsolationForest", "GradientBoostingClassifier", "GradientBoostingRegressor",
    "DecisionTreeClassifier", "DecisionTreeRegressor", "ExtraTreeClassifier", "ExtraTreeRegressor",
    "BaggingClassifier", "BaggingRegressor", "KMeans", "MiniBatchKMeans", "BisectingKMeans", "MLPClassifier",
    "MLPRegressor", "SGDClassifier", "SGDRegressor", "SGDOneClassSVM", "Perceptron", "PassiveAggressiveClassifier",
    "PassiveAggressiveRegressor", "TSNE", "GaussianMixture", "BayesianGaussianMixture", "LatentDirichletAllocation",
    "SpectralClustering", "SpectralEmbedding", "RandomizedSearchCV", "GaussianRandomProjection",
    "SparseRandomProjection", "FastICA", "MDS", "MiniBatchDictionaryLearning", "RBFSampler", "Nystroem",
    "RANSACRegressor", "TruncatedSVD", "BernoulliRBM",
}


def unset(call: Call, keyword: str, position: int | None = None) -> bool:
    """The keyword is not passed (or passed as None), and no **kwargs could carry it."""
    arg = call.arg(position if position is not None else -1, keyword)
    return not call.star and (arg is None or arg.kind == "none")
