/**
 * The rules on clusters of integrated care boards: ICBs that share a chair or a chief executive remain separate legal
 * bodies, so a shared post is held, and checked, at each ICB of the cluster.
 */
package io.github.icsmodel.validation.cluster;
