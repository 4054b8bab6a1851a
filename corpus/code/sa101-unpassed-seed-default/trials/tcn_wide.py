from common import Spec, launch_trial

launch_trial(Spec(arch="tcn", hidden=128))
