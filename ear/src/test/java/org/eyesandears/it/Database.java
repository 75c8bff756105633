package org.eyesandears.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct access to the test database, for checking what the application stored. */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
    }
}
