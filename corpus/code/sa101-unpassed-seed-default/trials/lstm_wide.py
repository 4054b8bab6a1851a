from common import Spec, launch_trial

launch_trial(Spec(arch="lstm", hidden=128))
