// AxonPrimer: the primer's figures (placeholder until the experiments land).
import Axon
