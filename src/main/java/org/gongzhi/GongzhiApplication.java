package org.gongzhi;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Gongzhi (共治): grassroots governance for a district, its streets and communities.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongzhiApplication {

	public static void main(String[] args) {
		List<String> arguments = Arrays.asList(args);
		if (arguments.contains("import-divisions") || arguments.contains("bulk-cases")) {
			// a one-off command: no web server, no demo data, exit when done
			SpringApplication command = new SpringApplication(GongzhiApplication.class);
			command.setWebApplicationType(WebApplicationType.NONE);
			command.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(command.run(args)));
		}
		SpringApplication.run(GongzhiApplication.class, args);
	}

}
