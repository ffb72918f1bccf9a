package org.levermap.model.change;

import java.util.List;

/** One rule of the change log: the changes of its kind between two consecutive snapshots. */
interface ChangeRule {

    /** Every rule, in the order their changes are listed within a step. */
    List<ChangeRule> ALL = List.of(new LicenseRule(), new ClaRule(), new DcoRule(), new GovernanceRule(),
            new StewardshipRule(), new ConcentrationRule(), new BusFactorRule(), new DocumentRule(),
            new MaintainerRule(), new MergerRule(), new NewForkRule(), new ForkSyncRule(), new FundingRule(),
            new AllianceRule(), new PlatformRule());

    List<Change> changes(Step step);
}
