package org.opengovpartnership.portal.system;

import org.springframework.ui.Model;

/**
 * What a feature module shows on the admin dashboard: it adds its attributes to the
 * dashboard's model, and the dashboard's template includes its fragment when they are
 * there.
 */
public interface DashboardPanel {

	void addTo(Model model);

}
